// The workbook's small parts, read before any sheet: which sheets it has and where their parts are
// (xl/workbook.xml and its relationships), and how its cell styles show numbers (xl/styles.xml).
import type { SaxesTagNS } from 'saxes';
import { styleShows, type Shown } from './cells.js';
import type { XmlHandler } from './xml.js';

/** The namespace of `r:id`, which names a relationship, as Excel writes it and as Strict does. */
const OFFICE_RELATIONSHIPS: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

/** xl/workbook.xml: its sheets, in order, each with the id of the relationship to its part, and its date system. */
export class WorkbookPart implements XmlHandler {
  readonly sheets: { name: string; id: string | undefined }[] = [];
  date1904 = false;

  open(name: string, tag: SaxesTagNS): void {
    if (name === 'sheet') {
      const id = Object.values(tag.attributes).find((a) => a.local === 'id' && OFFICE_RELATIONSHIPS.has(a.uri))?.value;
      this.sheets.push({ name: tag.attributes.name?.value ?? '', id });
    } else if (name === 'workbookPr') {
      const d = tag.attributes.date1904?.value;
      this.date1904 = d === '1' || d === 'true';
    }
  }

  close(): void {}
  text(): void {}
}

/** A relationships part (`.rels`): each relationship's type and target, by id. */
export class Relationships implements XmlHandler {
  readonly byId = new Map<string, { type: string; target: string }>();

  open(name: string, tag: SaxesTagNS): void {
    const a = tag.attributes;
    if (name === 'Relationship' && a.Id && a.Target) this.byId.set(a.Id.value, { type: a.Type?.value ?? '', target: a.Target.value });
  }

  /** The target of the first relationship of a type ("styles" for …/relationships/styles). */
  target(type: string): string | undefined {
    for (const r of this.byId.values()) if (r.type.endsWith(`/${type}`)) return r.target;
    return undefined;
  }

  close(): void {}
  text(): void {}
}

/** xl/styles.xml: what each cell style shows, from the number formats (`<numFmts>`) its `<cellXfs>` use. */
export class StylesPart implements XmlHandler {
  // A differential format (<dxf>, for conditional formatting) has a <numFmt> of its own, and
  // <cellStyleXfs> an <xf> of its own: neither is a cell's style.
  readonly #formats = new Map<number, string>();
  readonly #formatIds: number[] = [];
  #in: 'numFmts' | 'cellXfs' | undefined;

  open(name: string, tag: SaxesTagNS): void {
    if (name === 'numFmts' || name === 'cellXfs') this.#in = name;
    else if (name === 'numFmt' && this.#in === 'numFmts') this.#formats.set(Number(tag.attributes.numFmtId?.value), tag.attributes.formatCode?.value ?? '');
    else if (name === 'xf' && this.#in === 'cellXfs') this.#formatIds.push(Number(tag.attributes.numFmtId?.value ?? 0));
  }

  close(name: string): void {
    if (name === this.#in) this.#in = undefined;
  }

  text(): void {}

  /** What each cell style shows, by its index (a cell's `s`). */
  shown(): Shown[] {
    return this.#formatIds.map((id) => styleShows(id, this.#formats));
  }
}
