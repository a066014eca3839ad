import { entryText, zipEntries, ZipError, type ZipEntry } from './zip.js';
import type { Shared } from './cells.js';
import { Relationships, StylesPart, WorkbookPart } from './parts.js';
import { sheetRows } from './sheet.js';
import { SharedStrings } from './strings.js';
import { PACKAGE_RELATIONSHIPS, readXml, XmlError, type XmlHandler } from './xml.js';

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

/** What is wrong with a file that was meant to be a workbook. */
export class WorkbookError extends Error {}

const damaged = (part: string, e: XmlError) =>
  new WorkbookError(`Its part ${part} could not be read: ${e.message}. Open the workbook in Excel and save it again.`);

/** A sheet's rows, with XML that cannot be read named as the sheet's. */
async function* namedRows(rows: AsyncGenerator<string[]>, sheet: string): AsyncGenerator<string[]> {
  try {
    yield* rows;
  } catch (e) {
    throw e instanceof XmlError ? new WorkbookError(`The sheet "${sheet}" could not be read: ${e.message}. Open the workbook in Excel and save it again.`) : e;
  }
}

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
  /** A small part read into `handler`, or false when the workbook has no such part. */
  const read = async (name: string, handler: XmlHandler, namespaces?: ReadonlySet<string>): Promise<boolean> => {
    const entry = entries.get(name);
    if (!entry) return false;
    try {
      await readXml(entryText(file, entry), handler, namespaces);
    } catch (e) {
      throw e instanceof XmlError ? damaged(name, e) : e;
    }
    return true;
  };
  const book = new WorkbookPart();
  if (!(await read('xl/workbook.xml', book)))
    throw new WorkbookError(
      'It is a ZIP archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml. An .xls or .ods file must be saved as .xlsx first.',
    );
  const rels = new Relationships();
  await read('xl/_rels/workbook.xml.rels', rels, PACKAGE_RELATIONSHIPS);
  const part = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

  const strings = new SharedStrings();
  const sstPath = rels.target('sharedStrings');
  if (sstPath) await read(part(sstPath), strings);
  const styles = new StylesPart();
  const stylesPath = rels.target('styles');
  if (stylesPath) await read(part(stylesPath), styles);
  const shared: Shared = { strings: strings.strings, styles: styles.shown(), date1904: book.date1904 };

  return book.sheets.map((s) => {
    const target = s.id === undefined ? undefined : rels.byId.get(s.id)?.target;
    const entry = target ? entries.get(part(target)) : undefined;
    const sheet: StreamedSheet = {
      name: s.name,
      bytes: entry?.compressedSize ?? 0,
      merges: [],
      unread: [],
      rows: (onRead) => {
        if (!entry) throw new WorkbookError(`The workbook's sheet "${s.name}" has no data part; save the workbook again in Excel.`);
        return namedRows(sheetRows(entryText(file, entry, onRead), shared, sheet), s.name);
      },
    };
    return sheet;
  });
}
