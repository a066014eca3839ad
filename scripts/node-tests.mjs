// Runs the unit tests that need no browser (feed contract, rules, schema, sample feeds) with
// Node's own test runner, straight from the TypeScript sources.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = [
  'packages/core/src/feed',
  'packages/core/src/rules',
  'packages/feed-tools/test',
  ...readdirSync('packages').flatMap((p) => [`packages/${p}/src/geometry`, `packages/${p}/src/model`]),
  'test/node',
];
const files = roots.flatMap((root) => {
  try {
    return readdirSync(root, { recursive: true })
      .filter((f) => String(f).endsWith('.test.ts'))
      .map((f) => join(root, String(f)));
  } catch {
    return [];
  }
});
const r = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
