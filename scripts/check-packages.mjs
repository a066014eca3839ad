// `npm run check:packages`: each package as npm would publish it. publint checks its package.json
// against the files it packs (exports, types, files); Are the Types Wrong checks that every entry in
// `exports` resolves to JavaScript and types under Node's ESM resolution and bundlers (the packages
// are ESM only, so CommonJS `require` is not a way in). Run after the build: both read dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
let failed = 0;
for (const dir of readdirSync('packages').map((d) => join('packages', d))) {
  for (const [tool, args] of [
    ['publint', [dir, '--strict']],
    ['attw', ['--pack', dir, '--profile', 'esm-only', '--format', 'ascii']],
  ]) {
    try {
      execFileSync(bin(tool), args, { stdio: 'pipe', encoding: 'utf8' });
    } catch (e) {
      failed++;
      console.error(`${tool} ${dir}: \n${e.stdout}${e.stderr}`);
    }
  }
}
// The JSX types, as a React 19 app would use them (test/jsx/usage.tsx, against the built files).
try {
  execFileSync(bin('tsc'), ['-p', 'test/jsx/tsconfig.json'], { stdio: 'pipe', encoding: 'utf8' });
} catch (e) {
  failed++;
  console.error(`The JSX types (scorecard-kit/jsx) do not compile in a React app: \n${e.stdout}${e.stderr}`);
}
console.log(
  failed
    ? `${failed} package check${failed === 1 ? '' : 's'} failed.`
    : 'Every package packs cleanly: publint and Are the Types Wrong find nothing, and the JSX types compile in a React app.',
);
process.exitCode = failed ? 1 : 0;
