// Prints the minified and gzipped size of what a page downloads: core with Lit (budget 12 KB),
// and the whole single-file bundle. Built the same way as the release bundle (rollup + terser).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';

if (!existsSync('packages/core/dist/index.js')) {
  console.error('Build first: npm run build');
  process.exit(1);
}

const entries = [
  { name: 'core + Lit (with <sc-feed>)', code: "export * from '@scorecard-kit/core'; import '@scorecard-kit/core/sc-feed.js';", budget: 12 },
  { name: 'whole bundle (scorecard-kit.min.js)', input: 'packages/scorecard-kit/dist/index.js', budget: 60 },
];

const virtual = (code) => ({
  name: 'entry',
  resolveId: (id) => (id === '\0entry' ? id : null),
  load: (id) => (id === '\0entry' ? code : null),
});

let over = false;
console.log('size (minified + gzipped)');
for (const e of entries) {
  const bundle = await rollup({
    input: e.input ?? '\0entry',
    plugins: [...(e.code ? [virtual(e.code)] : []), nodeResolve({ exportConditions: ['browser', 'production'] }), terser({ ecma: 2022, module: true, format: { comments: false } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  const min = output[0].code;
  const gz = gzipSync(min, { level: 9 }).length;
  const kb = gz / 1024;
  const status = kb <= e.budget ? 'within' : 'OVER';
  if (kb > e.budget) over = true;
  console.log(`  ${e.name.padEnd(40)} ${(min.length / 1024).toFixed(1).padStart(6)} KB min  ${kb.toFixed(1).padStart(5)} KB gz  budget ${e.budget} KB: ${status} (${((kb / e.budget) * 100).toFixed(0)}%)`);
}
if (over) console.log('At least one figure is over its budget.');
