/** Values JSON cannot hold: left out of objects, null in arrays. */
const unsaid = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
/** A value as JSON sees it: what its toJSON gives, when it has one. */
const json = (v: unknown): unknown => (typeof (v as { toJSON?: unknown } | null)?.toJSON === 'function' ? (v as { toJSON(): unknown }).toJSON() : v);
const isFlat = (v: unknown): boolean => v === null || typeof v !== 'object' || Object.values(v).every((x) => x === null || typeof x !== 'object');

/**
 * A feed as JSON, handed to `write` in pieces of about 64 KB so that a feed of a million figures
 * is never one string. Indented like `JSON.stringify(feed, null, 2)`, except that anything with no
 * nesting (a figure, a period, a list of ids) sits on one line: a month's revisions then show in a
 * diff as one changed line per figure.
 */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let buf = '';
  const out = (s: string) => {
    buf += s;
    if (buf.length > 65_536) {
      write(buf);
      buf = '';
    }
  };
  const go = (v: unknown, indent: string) => {
    if (isFlat(v)) {
      out(JSON.stringify(v) ?? 'null');
      return;
    }
    const inner = `${indent}  `;
    // What JSON.stringify would write: toJSON's result; left out of objects, or null in arrays (holes too), what JSON has no form for.
    const entries: [string | null, unknown][] = Array.isArray(v)
      ? Array.from(v, (x) => {
          const j = json(x);
          return [null, unsaid(j) ? null : j];
        })
      : Object.entries(v as object)
          .map(([k, x]): [string, unknown] => [k, json(x)])
          .filter(([, x]) => !unsaid(x));
    out(Array.isArray(v) ? '[\n' : '{\n');
    entries.forEach(([k, x], i) => {
      out(k === null ? inner : `${inner}${JSON.stringify(k)}: `);
      go(x, inner);
      out(i < entries.length - 1 ? ',\n' : '\n');
    });
    out(`${indent}${Array.isArray(v) ? ']' : '}'}`);
  };
  go(json(value), '');
  out('\n');
  write(buf);
}

/** The same, as one string, for feeds that fit in one. */
export function jsonText(value: unknown): string {
  const parts: string[] = [];
  writeJson(value, (s) => parts.push(s));
  return parts.join('');
}
