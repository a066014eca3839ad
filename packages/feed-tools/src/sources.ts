import type { SheetSource } from './build.js';
import { CsvParser } from './csv.js';
import { counted, textChunks } from './stream.js';
import { openWorkbook } from './xlsx/workbook.js';

async function* csvRows(file: Blob, onRead: (bytes: number) => void): AsyncGenerator<string[]> {
  const parser = new CsvParser();
  for await (const chunk of textChunks(counted(file.stream(), onRead))) yield* parser.push(chunk);
  yield* parser.end();
}

/** A CSV file (a browser File, or Node's `fs.openAsBlob`) as a sheet read while it streams in. */
export function csvSource(file: Blob): SheetSource {
  let read = 0;
  return {
    rows: { [Symbol.asyncIterator]: () => csvRows(file, (n) => (read = n)) },
    progress: () => (file.size ? read / file.size : 1),
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
      };
      return [sheet.name.trim().toLowerCase(), source];
    }),
  );
}
