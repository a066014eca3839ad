// Writes custom-elements.json for each package (Storybook's argument tables, IDE hints and the
// docs' attribute tables come from it), and the umbrella's, which lists every element.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';

const root = process.cwd();
const config = resolve(root, 'custom-elements-manifest.config.mjs');
const cem = resolve(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
// The packages that define elements (their package.json names a manifest), but the umbrella, made from theirs.
const packages = readdirSync('packages').filter(
  (p) => p !== 'scorecard-kit' && JSON.parse(readFileSync(join('packages', p, 'package.json'), 'utf8')).customElements !== undefined,
);
const modules = [];
for (const p of packages) {
  const dir = join('packages', p);
  execFileSync(process.execPath, [cem, 'analyze', '--config', config, '--quiet'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  for (const m of manifest.modules) modules.push({ ...m, path: `${name}/${m.path}` });
}
// The analyzer reads one package at a time, so what a widget inherits from core's ScWidget (src,
// feed, period…) is added to it here, marked as inherited, for the docs, Storybook and editors.
const classes = new Map(modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d])));
const withInherited = (d) => {
  const base = d.superclass && classes.get(d.superclass.name);
  if (!base) return d;
  const b = withInherited(base);
  const from = { name: base.name, ...(d.superclass.package ? { package: d.superclass.package } : {}) };
  const mine = (list, key) => new Set((list ?? []).map((x) => x[key]));
  const members = mine(d.members, 'name');
  const attributes = mine(d.attributes, 'name');
  return {
    ...d,
    members: [...(d.members ?? []), ...(b.members ?? []).filter((x) => !members.has(x.name)).map((x) => ({ ...x, inheritedFrom: x.inheritedFrom ?? from }))],
    attributes: [
      ...(d.attributes ?? []),
      ...(b.attributes ?? []).filter((x) => !attributes.has(x.name)).map((x) => ({ ...x, inheritedFrom: x.inheritedFrom ?? from })),
    ],
  };
};
for (const m of modules) m.declarations = (m.declarations ?? []).map((d) => (d.kind === 'class' && d.tagName ? withInherited(d) : d));
const umbrella = { schemaVersion: '1.0.0', readme: '', modules };
writeFileSync('packages/scorecard-kit/custom-elements.json', `${JSON.stringify(umbrella, null, 2)}\n`);
// Editors' hints from the same manifest: VS Code's HTML and CSS custom data (attributes, their
// values, events, parts and custom properties as you type) and JetBrains' web-types.
const json = (text) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
writeFileSync('packages/scorecard-kit/vscode.html-custom-data.json', json(getVsCodeHtmlCustomData(umbrella, {})));
writeFileSync('packages/scorecard-kit/vscode.css-custom-data.json', json(getVsCodeCssCustomData(umbrella, {})));
const { name, version } = JSON.parse(readFileSync('packages/scorecard-kit/package.json', 'utf8'));
const webTypes = JSON.parse(getWebTypesData(umbrella, {}));
writeFileSync('packages/scorecard-kit/web-types.json', json(JSON.stringify({ ...webTypes, name, version })));
// JSX types (for React 19, Preact, Solid… using the elements as they are). The generator wraps an
// event's type in CustomEvent<…> itself, and imports every name it sees from one module; so it is
// given each event's detail type, and its import line is written again: the element classes and
// the core types their events carry (CustomEvent is the browser's own).
const details = structuredClone(umbrella);
for (const m of details.modules)
  for (const d of m.declarations ?? []) for (const e of d.events ?? []) if (e.type?.text) e.type.text = e.type.text.replace(/^CustomEvent<([\s\S]*)>$/, '$1');
generateJsxTypes(details, { outdir: 'packages/scorecard-kit', fileName: 'jsx.d.ts', globalTypePath: './dist/index.js', hideLogs: true });
const jsx = readFileSync('packages/scorecard-kit/jsx.d.ts', 'utf8');
const tags = details.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.name));
const used = ['FeedData', 'Problem', 'ChecklistState'].filter((t) => new RegExp(`\\b${t}\\b`).test(jsx));
writeFileSync(
  'packages/scorecard-kit/jsx.d.ts',
  jsx.replace(
    /^import type \{[\s\S]*?\} from "\.\/dist\/index\.js";/m,
    `import type { ${[...new Set(tags)].sort().join(', ')}, ${used.join(', ')} } from "./dist/index.js";`,
  ),
);
console.log(`custom-elements.json written for ${packages.join(', ')} and the umbrella, with VS Code custom data, JetBrains web-types and JSX types`);
