// The few pieces of XML reading an .xlsx needs. Workbook XML is machine-written and regular, so
// patterns over the text are enough; a full parser would have to hold a million-row sheet.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text content with XML's entities and OOXML's `_xHHHH_` escapes undone. */
export function xmlText(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e.toLowerCase()]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of a start tag's text, by local name (`r:id` → `id`). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!.replace(/^.*:/, '')] = xmlText(m[2] ?? m[3] ?? '');
  return out;
}

/** Each element `<name …>` (or `<name …/>`) in a text, as its attributes. */
export function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'))].map((m) => attributes(m[1]!));
}

/** The concatenated `<t>` texts of a rich or plain string, leaving out phonetic guides. */
export function runText(xml: string): string {
  let s = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) s += m[1] ?? '';
  return xmlText(s);
}

const MAIN = /xmlns:(\w+)=["'](?:http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)["']/;

/** The prefix a part gives SpreadsheetML's own elements (`x` in `<x:row>`), when it gives one. */
export function mainPrefix(xml: string): string | undefined {
  return MAIN.exec(xml)?.[1];
}

/** The XML with that prefix taken off element names (`<x:row>` → `<row>`), so one set of patterns reads both. */
export function unprefixed(xml: string, prefix: string | undefined): string {
  return prefix ? xml.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</') : xml;
}
