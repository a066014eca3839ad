// How the autoloader's build groups modules into files. Left to itself, rollup gives each set of
// families that shares modules a chunk of its own: a page of tiles then downloads fourteen files,
// most under 2 KB, and gzip compresses each alone (42.0 KB, against 37.1 KB for the same bytes
// as one stream). Every page loads the core family first (the autoloader sees to it), so a chunk
// the core needs, or that three or more families share, is put into core.js instead. A chunk only
// two families share stays on its own, so that neither's pages carry the other's code.
import { rollup } from 'rollup';

const FAMILY_FILE = /^kit\/(\w+)\.js$/;

/**
 * Builds the autoloader's input once as rollup would split it. Returns that build's cache, for the
 * real build's input options (so nothing is compiled twice), and a `manualChunks` for its output
 * that puts the modules of the chunks chosen above into core.js.
 * @param {import('rollup').RollupOptions} options the input and plugins
 * @param {import('rollup').OutputOptions} naming the real build's entryFileNames and chunkFileNames
 * @param {string[]} families the family names, each an entry `kit/<name>`
 */
export async function intoCore(options, naming, families) {
  const first = await rollup({ ...options, onwarn: () => {} });
  const { output } = await first.generate({ format: 'es', ...naming });
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  // What a family loads later (the tree's diagram layout) counts as used by it too.
  const closure = (name, seen = new Set()) => {
    if (!seen.has(name)) {
      seen.add(name);
      for (const i of [...chunks.get(name).imports, ...chunks.get(name).dynamicImports]) closure(i, seen);
    }
    return seen;
  };
  const users = new Map();
  for (const f of families) for (const c of closure(`kit/${f}.js`)) users.set(c, new Set([...(users.get(c) ?? []), f]));
  const core = new Set();
  for (const [name, by] of users) {
    const family = FAMILY_FILE.exec(name)?.[1];
    // A module loaded later stays out of core.js, whoever loads it.
    const later = !family && chunks.get(name).isDynamicEntry;
    if (family === 'core' || (!family && !later && (by.has('core') || by.size >= 3))) for (const id of Object.keys(chunks.get(name).modules)) core.add(id);
  }
  const { cache } = first;
  await first.close();
  // The core family's own modules are in the set, so the manual chunk named after its entry is that entry's file.
  return { cache, manualChunks: (id) => (core.has(id) ? 'kit/core' : undefined) };
}
