import { entryAllText, entryText, zipEntries, ZipError, type ZipEntry } from './zip.js';
import { columnIndex, columnLetter } from '../sheets.js';
import { elements, mainPrefix, runText, unprefixed, xmlText } from './xml.js';

/** One sheet of a workbook, read row by row. */
export interface StreamedSheet {
  /** The sheet's name as the workbook shows it. */
  name: string;
  /** The compressed size of the sheet, the unit of `onRead`'s progress. */
  bytes: number;
  /**
   * Its rows from row 1, one array of cell texts per spreadsheet row (empty arrays for rows with
   * nothing in them), so that a row's index + 1 is its row number in Excel.
   */
  rows(onRead?: (bytes: number) => void): AsyncGenerator<string[]>;
  /** The sheet's merged ranges ("A2:A5"), known once `rows()` has been read to the end. */
  merges: string[];
  /** Cells that could not be read ("C14": a formula Excel never worked out), known once `rows()` has been read. */
  unread: { at: string; message: string }[];
}

/** How a cell's number is shown, which decides how it reads as text. */
const enum Shown {
  Number,
  Date,
  Time,
  /** Elapsed time ([h]:mm:ss): whole days count as hours. */
  Duration,
  Percent,
}

const BUILT_IN: Record<number, Shown> = { 9: Shown.Percent, 10: Shown.Percent, 14: Shown.Date, 15: Shown.Date, 16: Shown.Date, 17: Shown.Date, 18: Shown.Time, 19: Shown.Time, 20: Shown.Time, 21: Shown.Time, 22: Shown.Date, 27: Shown.Date, 30: Shown.Date, 36: Shown.Date, 45: Shown.Time, 46: Shown.Duration, 47: Shown.Time, 50: Shown.Date, 57: Shown.Date };

/** What a number format shows, from its letters outside quoted text, escapes (\x, _x padding, *x fill) and [colours]. */
function formatShows(code: string): Shown {
  const bare = code.replace(/"[^"]*"|[\\_*].|\[[^\]]*\]/g, '').replace(/am\/pm|a\/p/gi, '');
  if (/^general$/i.test(bare)) return Shown.Number;
  if (/[dy]/i.test(bare)) return Shown.Date;
  if (/\[[hms]+\]/i.test(code)) return Shown.Duration;
  // With hours or seconds, "m" is minutes; alone, it is a month.
  if (/[hs]/i.test(bare)) return Shown.Time;
  if (/m/i.test(bare)) return Shown.Date;
  return bare.includes('%') ? Shown.Percent : Shown.Number;
}

const two = (n: number) => String(n).padStart(2, '0');

/** An Excel date serial as YYYY-MM-DD (what the CSV template holds). */
function serialDate(serial: number, date1904: boolean): string {
  // Excel counts a 29 February 1900 that never was: serials before it are a day ahead.
  const day = Math.floor(serial) + (!date1904 && serial < 61 ? 1 : 0);
  const d = new Date(Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30) + day * 86_400_000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** A time as h:mm:ss: the time of day (the serial's fraction), or with `elapsed` every hour since 0. */
function serialTime(serial: number, elapsed: boolean): string {
  const seconds = elapsed ? Math.round(serial * 86_400) : Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

interface Shared {
  strings: string[];
  styles: Shown[];
  date1904: boolean;
}

const T_ATTR = /\bt=["'](\w+)/;
const S_ATTR = /\bs=["'](\d+)/;
const V_ELEMENT = /<v>([\s\S]*?)<\/v>/;
const PLAIN_INLINE = /^<is><t>([^<]*)<\/t><\/is>$/;

/** A cell's text: shared and inline strings as written, numbers as JavaScript prints them, dates as YYYY-MM-DD. */
function cellText(attrs: string, body: string, shared: Shared): string {
  // Read per cell of a million rows: plain patterns, not the general attribute reader.
  const t = T_ATTR.exec(attrs)?.[1];
  const v = V_ELEMENT.exec(body)?.[1];
  switch (t) {
    case 's':
      return shared.strings[Number(v)] ?? '';
    case 'inlineStr': {
      const plain = PLAIN_INLINE.exec(body);
      return plain ? xmlText(plain[1]!) : runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    }
    case 'b':
      return v === undefined ? '' : v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v === undefined ? '' : xmlText(v).slice(0, 10);
    case 'str':
    case 'e':
      return v === undefined ? '' : xmlText(v);
    default: {
      if (v === undefined || v === '') return '';
      const n = Number(v);
      const shown = shared.styles[Number(S_ATTR.exec(attrs)?.[1] ?? 0)];
      switch (shown) {
        case Shown.Date:
          return serialDate(n, shared.date1904);
        case Shown.Time:
        case Shown.Duration:
          return serialTime(n, shown === Shown.Duration);
        case Shown.Percent:
          // As the cell shows it: 0.123 formatted as a percentage is 12.3, in the feed's units.
          return String(Number((n * 100).toPrecision(15)));
        default:
          return String(n);
      }
    }
  }
}

/** Unread cells listed per sheet: the build lists 1,000 problems in all, so more would only be held. */
const MAX_UNREAD = 1000;

/** One `<row>`'s cells, placed at their columns. */
function rowCells(xml: string, line: number, shared: Shared, sheet: StreamedSheet): string[] {
  const cells: string[] = [];
  let next = 0;
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /\br=["']([A-Z]+)/.exec(m[1]!)?.[1];
    const col = ref ? columnIndex(ref) : next;
    while (cells.length < col) cells.push('');
    const text = cellText(m[1]!, m[2] ?? '', shared);
    // A workbook written by a program other than Excel may hold a formula with no result saved.
    if (!text && m[2]?.includes('<f') && !V_ELEMENT.test(m[2]) && sheet.unread.length < MAX_UNREAD) sheet.unread.push({ at: `${columnLetter(col)}${line}`, message: 'This cell has a formula whose result was never saved, so it reads as empty. Open the workbook in Excel and save it, or paste the cell as a value.' });
    cells[col] = text;
    next = col + 1;
  }
  return cells;
}

async function* sheetRows(file: Blob, entry: ZipEntry, shared: Shared, sheet: StreamedSheet, onRead?: (bytes: number) => void): AsyncGenerator<string[]> {
  let buf = '';
  let line = 1;
  let inData = true;
  let rest = '';
  let prefix: string | undefined;
  let rooted = false;
  for await (const chunk of entryText(file, entry, onRead)) {
    if (!inData) {
      rest += chunk;
      continue;
    }
    buf += chunk;
    if (!rooted) {
      // The prefix is declared on the root element; wait for all of its start tag.
      rooted = /<[\w:]*worksheet\b[^>]*>/.test(buf);
      prefix = mainPrefix(buf);
      if (!rooted) continue;
    }
    buf = unprefixed(buf, prefix);
    let p = 0;
    const next = /<row[\s>/]|<\/sheetData>/g;
    for (;;) {
      next.lastIndex = p;
      const found = next.exec(buf);
      if (!found) break;
      const at = found.index;
      if (buf.startsWith('</sheetData>', at)) {
        inData = false;
        rest = buf.slice(at);
        p = buf.length;
        break;
      }
      const tagEnd = buf.indexOf('>', at);
      if (tagEnd < 0) break;
      const empty = buf[tagEnd - 1] === '/';
      const end = empty ? tagEnd + 1 : buf.indexOf('</row>', tagEnd);
      if (end < 0) break;
      const r = Number(/\br=["'](\d+)/.exec(buf.slice(at, tagEnd))?.[1] ?? line);
      while (line < r) {
        yield [];
        line++;
      }
      yield empty ? [] : rowCells(buf.slice(tagEnd + 1, end), r, shared, sheet);
      line = r + 1;
      p = empty ? end : end + 6;
    }
    buf = buf.slice(p);
  }
  sheet.merges = elements(unprefixed(rest, prefix), 'mergeCell').map((m) => m.ref ?? '');
}

/** What is wrong with a file that was meant to be a workbook. */
export class WorkbookError extends Error {}

/**
 * An .xlsx workbook's sheets, to be read as streams: only the workbook's small parts (sheet names,
 * shared strings, styles) are read up front.
 */
export async function openWorkbook(file: Blob): Promise<StreamedSheet[]> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await zipEntries(file);
  } catch (e) {
    throw new WorkbookError(e instanceof ZipError ? `It could not be read as an Excel workbook: ${e.message}.` : String(e));
  }
  const text = async (name: string) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const xml = await entryAllText(file, entry);
    return unprefixed(xml, mainPrefix(xml));
  };
  const book = await text('xl/workbook.xml');
  if (book === undefined) throw new WorkbookError('It is a ZIP archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml. An .xls or .ods file must be saved as .xlsx first.');
  const rels = new Map(elements((await text('xl/_rels/workbook.xml.rels')) ?? '', 'Relationship').map((r) => [r.Id ?? '', r]));
  const part = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  const ofType = (type: string) => [...rels.values()].find((r) => r.Type?.endsWith(`/${type}`))?.Target;

  const sstPath = ofType('sharedStrings');
  const sst = sstPath ? ((await text(part(sstPath))) ?? '') : '';
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runText(m[1] ?? ''));
  const stylesPath = ofType('styles');
  const styles = stylesPath ? ((await text(part(stylesPath))) ?? '') : '';
  const formats = new Map(elements(styles, 'numFmt').map((f) => [Number(f.numFmtId), f.formatCode ?? '']));
  const xfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(styles)?.[0] ?? '';
  const shown = elements(xfs, 'xf').map((x) => {
    const id = Number(x.numFmtId ?? 0);
    return formats.has(id) ? formatShows(formats.get(id)!) : (BUILT_IN[id] ?? Shown.Number);
  });
  const shared: Shared = { strings, styles: shown, date1904: /<workbookPr\b[^>]*\bdate1904=["'](1|true)/.test(book) };

  return elements(book, 'sheet').map((s) => {
    const target = rels.get(s.id ?? '')?.Target;
    const entry = target ? entries.get(part(target)) : undefined;
    const sheet: StreamedSheet = {
      name: s.name ?? '',
      bytes: entry?.compressedSize ?? 0,
      merges: [],
      unread: [],
      rows: (onRead) => {
        if (!entry) throw new WorkbookError(`The workbook's sheet "${s.name}" has no data part; save the workbook again in Excel.`);
        return sheetRows(file, entry, shared, sheet, onRead);
      },
    };
    return sheet;
  });
}
