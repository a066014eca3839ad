// The files of the autoloader's build (docs/dist/kit/, beside scorecard-kit.js) that a set of
// families brings: each family's module and every chunk it imports, transitively. Used by
// `npm run size` to count what a page downloads, and by the page proofs to check what it asks for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string[]} families e.g. ['core', 'tiles'] @returns {Set<string>} file names in kit/ */
export function kitChunks(families, dir = 'docs/dist/kit') {
  const out = new Set();
  const visit = (file) => {
    if (out.has(file)) return;
    out.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*)"\.\/([\w-]+\.js)"/g)) visit(m[1]);
  };
  for (const f of families) visit(`${f}.js`);
  return out;
}
