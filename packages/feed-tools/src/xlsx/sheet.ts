// A sheet part (xl/worksheets/sheetN.xml) read as it streams in: its rows, each as soon as its
// `</row>` arrives, and what only the whole part can tell (merged cells, cells that cannot be read).
import type { SaxesTagNS } from 'saxes';
import { columnLetter } from '../sheets.js';
import { cellText, type Cell, type Shared } from './cells.js';
import { StringItem } from './strings.js';
import { xmlParser, type XmlHandler } from './xml.js';

/** What a sheet's reading finds besides its rows: cells it cannot read as it goes, merges at the end. */
export interface SheetFindings {
  merges: string[];
  unread: { at: string; message: string }[];
}

/** Unread cells listed per sheet: the build lists 1,000 problems in all, so more would only be held. */
const MAX_UNREAD = 1000;

const UNSAVED =
  'This cell has a formula whose result was never saved, so it reads as empty. Open the workbook in Excel and save it, or paste the cell as a value.';

/** The column of a cell reference ("C14" → 2), or -1 when it has no letters; read per cell, so by hand. */
function refColumn(ref: string): number {
  let n = 0;
  let i = 0;
  for (let c = ref.charCodeAt(0); c >= 65 && c <= 90; c = ref.charCodeAt(++i)) n = n * 26 + c - 64;
  return n - 1;
}

/** Builds rows from a sheet part's elements. */
class SheetReader implements XmlHandler {
  /** Rows complete and not yet taken, with an empty row for each row number the sheet skips. */
  ready: string[][] = [];
  readonly merges: string[] = [];
  #inData = false;
  /** The number the next row takes if it does not say (a row's `r` is optional). */
  #line = 1;
  /** The open row's cells, or none between rows. */
  #cells: string[] | undefined;
  #row = 0;
  /** The column the next cell takes if it does not say. */
  #next = 0;
  #inCell = false;
  #col = 0;
  readonly #cell: Cell = { type: undefined, style: undefined, value: undefined, inline: '' };
  #formula = false;
  #inValue = false;
  #inInline = false;
  readonly #inline = new StringItem();

  constructor(
    readonly shared: Shared,
    readonly found: SheetFindings,
  ) {}

  open(name: string, tag: SaxesTagNS): void {
    if (this.#inInline) {
      this.#inline.open(name);
      return;
    }
    const a = tag.attributes;
    switch (name) {
      case 'sheetData':
        this.#inData = true;
        break;
      case 'row': {
        if (!this.#inData) break;
        const r = Number.parseInt(a.r?.value ?? '', 10);
        this.#row = r > 0 ? r : this.#line;
        while (this.#line < this.#row) {
          this.ready.push([]);
          this.#line++;
        }
        this.#cells = [];
        this.#next = 0;
        break;
      }
      case 'c': {
        if (!this.#cells) break;
        const col = a.r ? refColumn(a.r.value) : -1;
        this.#col = col < 0 ? this.#next : col;
        this.#inCell = true;
        this.#cell.type = a.t?.value;
        this.#cell.style = a.s?.value;
        this.#cell.value = undefined;
        this.#cell.inline = '';
        this.#formula = false;
        break;
      }
      case 'v':
        if (this.#inCell) {
          this.#inValue = true;
          this.#cell.value = '';
        }
        break;
      case 'f':
        if (this.#inCell) this.#formula = true;
        break;
      case 'is':
        this.#inInline = this.#inCell;
        break;
      case 'mergeCell':
        if (a.ref) this.merges.push(a.ref.value);
        break;
    }
  }

  close(name: string): void {
    if (this.#inInline) {
      if (name === 'is') {
        this.#inInline = false;
        this.#cell.inline = this.#inline.end();
      } else this.#inline.close(name);
      return;
    }
    switch (name) {
      case 'sheetData':
        this.#inData = false;
        break;
      case 'row':
        if (!this.#cells) break;
        this.ready.push(this.#cells);
        this.#cells = undefined;
        this.#line = this.#row + 1;
        break;
      case 'c':
        if (this.#inCell) this.#endCell(this.#cells!);
        break;
      case 'v':
        this.#inValue = false;
        break;
    }
  }

  text(t: string): void {
    if (this.#inValue) this.#cell.value += t;
    else if (this.#inInline) this.#inline.text(t);
  }

  #endCell(cells: string[]): void {
    this.#inCell = false;
    const text = cellText(this.#cell, this.shared);
    // A workbook written by a program other than Excel may hold a formula with no result saved.
    if (!text && this.#formula && this.#cell.value === undefined && this.found.unread.length < MAX_UNREAD)
      this.found.unread.push({ at: `${columnLetter(this.#col)}${this.#row}`, message: UNSAVED });
    while (cells.length < this.#col) cells.push('');
    cells[this.#col] = text;
    this.#next = this.#col + 1;
  }
}

/**
 * A sheet part's rows from row 1, one array of cell texts per spreadsheet row (empty arrays for
 * rows with nothing in them), read from its text chunk by chunk: a row is given once its chunk has
 * been read, so only a chunk's rows are held at a time.
 */
export async function* sheetRows(chunks: AsyncIterable<string>, shared: Shared, found: SheetFindings): AsyncGenerator<string[]> {
  const reader = new SheetReader(shared, found);
  const parser = xmlParser(reader);
  for await (const chunk of chunks) {
    parser.write(chunk);
    const rows = reader.ready;
    reader.ready = [];
    for (const row of rows) yield row;
  }
  parser.close();
  for (const row of reader.ready) yield row;
  found.merges = reader.merges;
}
