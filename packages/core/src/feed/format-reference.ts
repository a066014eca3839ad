/**
 * The feed format reference (docs/feed-format.md), written from the JSON Schema so that it can
 * never disagree with what the kit accepts.
 */
type Json = Record<string, unknown>;

const INTRO = `# The feed format

<!-- Written by \`npm run schema\` from the schema in @scorecard-kit/core: do not edit by hand. -->

One JSON file holds everything the widgets show. Validate it against
[\`feed.schema.json\`](feed.schema.json) with any JSON Schema validator (draft-07), or load it in
\`<sc-feed>\` and read what it says: every problem names its place in the file
(\`indicators[3].values[7].period\`) and what to do.

What can still be shown is shown: a bad value, an unknown reference or a duplicate id is left out
with a warning. A feed is refused (an error) only when it cannot be read at all: not JSON, not an
object, a format version this copy of the kit cannot read, a missing title or authority, or
nothing to show.

A series of figures can be written two ways:

\`\`\`json
"values": [{ "period": "2023-24", "value": 42.1, "provisional": true }, { "period": "2024-25", "value": "c" }]
"values": [38.0, 40.2, 42.1, "c"]
\`\`\`

The second, compact form has one figure per feed period, in the order of \`periods\` (null for
missing). A figure is a number, \`null\` for missing, or a mark shown as written, never as 0:
\`c\` suppressed to protect confidentiality, \`low\` rounds to zero but is not zero, \`x\` not
available, \`z\` not applicable, \`u\` low reliability.
`;

function typeOf(p: Json): string {
  if (p.$ref) return `[${String(p.$ref).split('/').pop()}](#${String(p.$ref).split('/').pop()!.toLowerCase()})`;
  if (p.enum) return (p.enum as unknown[]).map((e) => `\`${JSON.stringify(e)}\``).join(' \\| ');
  if (p.const !== undefined) return `\`${JSON.stringify(p.const)}\``;
  if (p.anyOf) return (p.anyOf as Json[]).map(typeOf).join(' or ');
  if (p.type === 'array') return `list of ${typeOf((p.items ?? {}) as Json)}`;
  if (p.type === 'object' && p.additionalProperties) return `object of ${typeOf(p.additionalProperties as Json)}`;
  if (p.type === 'object') return 'object';
  if (p.format) return `${String(p.type)} (${String(p.format)})`;
  return String(p.type ?? 'any');
}

function table(node: Json, prefix = ''): string[] {
  const inner = node.type === 'array' ? (node.items as Json) : node;
  const props = (inner.properties ?? {}) as Record<string, Json>;
  const required = new Set((inner.required ?? []) as string[]);
  const rows: string[] = [];
  for (const [key, p] of Object.entries(props)) {
    if (key === '$schema') continue;
    const name = `${prefix}${key}`;
    rows.push(
      `| \`${name}\` | ${required.has(key) ? 'yes' : ''} | ${typeOf(p).replace(/\|(?! )/g, '\\|')} | ${String(p.description ?? '').replace(/\|/g, '\\|')} |`,
    );
    const sub = p.type === 'array' ? (p.items as Json) : p;
    if (sub?.properties) rows.push(...table(sub, `${name}${p.type === 'array' ? '[]' : ''}.`));
  }
  return rows;
}

export function formatReference(schema: Json): string {
  const head = '| property | required | type | what |\n| --- | --- | --- | --- |';
  const parts = [INTRO, '## The feed (top level)', '', String(schema.description ?? ''), '', head, ...table(schema), ''];
  for (const [name, def] of Object.entries(schema.$defs as Record<string, Json>)) {
    parts.push(`## ${name}`, '', String(def.description ?? ''), '');
    if ((def.type === 'object' && def.properties) || (def.type === 'array' && (def.items as Json)?.properties)) parts.push(head, ...table(def), '');
    else parts.push(`Type: ${typeOf(def)}`, '');
  }
  return parts.join('\n');
}
