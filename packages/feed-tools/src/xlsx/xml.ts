// A workbook's XML, read by a streaming parser (saxes: plain JavaScript, no eval, so it runs in the
// studio's worker under its CSP). Patterns over the text misread legal XML: CDATA, comments, a `>`
// in an attribute, a prefix they did not expect. A parser reads all of them as XML defines them,
// chunk by chunk, so a million-row sheet is never held as one string.
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** SpreadsheetML's namespace, as Excel writes it and as its "Strict Open XML" does. */
export const SPREADSHEETML: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
]);

/** The namespace of a package's relationship parts (`.rels`), the same in Strict. */
export const PACKAGE_RELATIONSHIPS: ReadonlySet<string> = new Set(['http://schemas.openxmlformats.org/package/2006/relationships']);

/** What reads one part: its elements by local name and the text inside them. */
export interface XmlHandler {
  open(name: string, tag: SaxesTagNS): void;
  close(name: string): void;
  text(text: string): void;
}

/** A part that is not well-formed XML, or not the kind of part it should be. */
export class XmlError extends Error {}

export interface XmlParser {
  write(chunk: string): void;
  close(): void;
}

/**
 * A parser telling `handler` of the elements in `namespaces` only. An element of any other
 * namespace is passed over with everything inside it, as Excel passes over an extension it does not
 * know; comments and processing instructions are never told, and CDATA is told as text.
 */
export function xmlParser(handler: XmlHandler, namespaces: ReadonlySet<string> = SPREADSHEETML): XmlParser {
  const parser = new SaxesParser({ xmlns: true });
  let root = true;
  let foreign = 0;
  // Every element of a part names the same namespace string: one comparison finds it.
  let known: string | undefined;
  const ours = (uri: string) => uri === known || (namespaces.has(uri) && ((known = uri), true));
  parser.on('opentag', (tag) => {
    if (root && !ours(tag.uri)) throw new XmlError(`its root element <${tag.name}> is not in the namespace ${[...namespaces][0]}`);
    root = false;
    if (foreign || !ours(tag.uri)) foreign++;
    else handler.open(tag.local, tag);
  });
  parser.on('closetag', (tag) => {
    if (foreign) foreign--;
    else handler.close(tag.local);
  });
  const text = (t: string) => {
    if (!foreign) handler.text(t);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('error', (e) => {
    // saxes says "line:column: what."
    const m = /^(\d+):(\d+): (.*?)\.?$/.exec(e.message);
    throw new XmlError(m ? `${m[3]} at line ${m[1]}, column ${m[2]}` : e.message);
  });
  return { write: (chunk) => void parser.write(chunk), close: () => void parser.close() };
}

/** A whole (small) part, read as it streams in. */
export async function readXml(chunks: AsyncIterable<string>, handler: XmlHandler, namespaces?: ReadonlySet<string>): Promise<void> {
  const parser = xmlParser(handler, namespaces);
  for await (const chunk of chunks) parser.write(chunk);
  parser.close();
}

/** Text with OOXML's `_xHHHH_` escapes undone (`_x000D_` a carriage return; `_x005F_` an escaped "_"). */
export function unescaped(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}
