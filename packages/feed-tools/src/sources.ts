import type { SheetSource } from './build.js';
import { CsvParser } from './csv.js';
import { columnLetter } from './sheets.js';
import { counted, textChunks } from './stream.js';
import { openWorkbook } from './xlsx/workbook.js';

async function* csvRows(file: Blob, parser: CsvParser, onRead: (bytes: number) => void): AsyncGenerator<string[]> {
  for await (const chunk of textChunks(counted(file.stream(), onRead), { guessEncoding: true })) yield* parser.push(chunk);
  yield* parser.end();
}

/** A CSV file (a browser File, or Node's `fs.openAsBlob`) as a sheet read while it streams in. */
export function csvSource(file: Blob): SheetSource {
  let read = 0;
  let parser: CsvParser | undefined;
  return {
    rows: { [Symbol.asyncIterator]: () => csvRows(file, (parser = new CsvParser()), (n) => (read = n)) },
    progress: () => (file.size ? read / file.size : 1),
    problems: () => {
      const open = parser?.unclosed;
      if (!open) return [];
      return [
        {
          at: `${columnLetter(open.column)}${open.row}`,
          message: 'A quote (") opens this cell and is never closed, so the rest of the file was read into this one cell. Close the quote, or take it out.',
        },
      ];
    },
  };
}

/**
 * The template's sheets from CSV files named after them ("values.csv" is the values sheet; a path
 * before the name is ignored), or, when two files would be the same sheet, the words that say so.
 */
export function csvSheets(files: { name: string; file: Blob }[]): { sheets: Record<string, SheetSource> } | { clash: string } {
  const named = new Map<string, string>();
  const sheets: Record<string, SheetSource> = {};
  for (const { name, file } of files) {
    const sheet = name
      .replace(/^.*[\\/]/, '')
      .replace(/\.csv$/i, '')
      .toLowerCase();
    const first = named.get(sheet);
    if (first !== undefined) return { clash: `Two files would be the ${sheet} sheet (${first} and ${name}): keep one.` };
    named.set(sheet, name);
    sheets[sheet] = csvSource(file);
  }
  return { sheets };
}

/** An .xlsx workbook's sheets, by lower-case name, each read while it streams in. */
export async function workbookSources(file: Blob): Promise<Record<string, SheetSource>> {
  const sheets = await openWorkbook(file);
  return Object.fromEntries(
    sheets.map((sheet) => {
      let read = 0;
      const source: SheetSource = {
        rows: { [Symbol.asyncIterator]: () => sheet.rows((n) => (read = n)) },
        progress: () => (sheet.bytes ? read / sheet.bytes : 1),
        merges: () => sheet.merges,
        problems: () => sheet.unread,
      };
      return [sheet.name.trim().toLowerCase(), source];
    }),
  );
}
