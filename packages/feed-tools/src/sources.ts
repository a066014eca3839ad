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
      return [{ at: `${columnLetter(open.column)}${open.row}`, message: 'A quote (") opens this cell and is never closed, so the rest of the file was read into this one cell. Close the quote, or take it out.' }];
    },
  };
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
