// Writes custom-elements.json for each package (Storybook's argument tables, IDE hints and the
// docs' attribute tables come from it), and the umbrella's, which lists every element.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = process.cwd();
const config = resolve(root, 'custom-elements-manifest.config.mjs');
const cem = resolve(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const packages = readdirSync('packages').filter((p) => p !== 'scorecard-kit' && existsSync(join('packages', p, 'src')));
const modules = [];
for (const p of packages) {
  const dir = join('packages', p);
  execFileSync(process.execPath, [cem, 'analyze', '--config', config, '--quiet'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  for (const m of manifest.modules) modules.push({ ...m, path: `${name}/${m.path}` });
}
writeFileSync('packages/scorecard-kit/custom-elements.json', `${JSON.stringify({ schemaVersion: '1.0.0', readme: '', modules }, null, 2)}\n`);
console.log(`custom-elements.json written for ${packages.join(', ')} and the umbrella`);
