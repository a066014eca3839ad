// Writes the API section of each element's docs page (docs/elements/<tag>.md) from
// custom-elements.json, so attributes, properties, events, slots, parts and custom properties are
// written once, in the class's JSDoc. The hand-written part of each page is kept as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const START = '<!-- api:start (written by `npm run docs` from custom-elements.json) -->';
const END = '<!-- api:end -->';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const code = (s) => (s ? `\`${String(s).replace(/`/g, "'")}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function apiSection(decl) {
  const fields = (decl.members ?? []).filter(
    (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('_'),
  );
  const attrs = new Map((decl.attributes ?? []).map((a) => [a.fieldName, a]));
  const parts = [
    '## Attributes and properties',
    '',
    table(
      ['attribute', 'property', 'type', 'default', 'what'],
      fields.map((f) => [code(attrs.get(f.name)?.name), code(f.name), code(f.type?.text), code(f.default), f.description ?? '']),
    ) || 'None.',
    '',
    '## Events',
    '',
    table(
      ['event', 'detail', 'when'],
      (decl.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description ?? '']),
    ) || 'None.',
    '',
    '## Slots',
    '',
    table(
      ['slot', 'what'],
      (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']),
    ) || 'None.',
    '',
    '## CSS parts',
    '',
    table(
      ['part', 'what'],
      (decl.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
    ) || 'None.',
    '',
    '## CSS custom properties',
    '',
    table(
      ['property', 'default', 'what'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? '']),
    ) || 'None.',
  ];
  return `${START}\n\n${parts.join('\n')}\n\n${END}`;
}

/** Every element declaration of the umbrella manifest, by tag. */
export function elements(manifestPath = 'packages/scorecard-kit/custom-elements.json') {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  // The umbrella's manifest already carries what each widget inherits (scripts/manifest.mjs).
  const out = new Map();
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.kind === 'class' && d.tagName) out.set(d.tagName, d);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The page with its API section written anew (or appended). */
export function withApi(page, decl) {
  const section = apiSection(decl);
  const a = page.indexOf(START);
  const b = page.indexOf(END);
  if (a >= 0 && b > a) return page.slice(0, a) + section + page.slice(b + END.length);
  return `${page.trimEnd()}\n\n${section}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [tag, decl] of elements()) {
    const path = `docs/elements/${tag}.md`;
    const page = existsSync(path) ? readFileSync(path, 'utf8') : `# \`<${tag}>\`\n\n${decl.summary ?? ''}\n`;
    writeFileSync(path, withApi(page, decl));
    console.log(`wrote ${path}`);
  }
}
