// The spreadsheet template as an Excel workbook, as an analyst would keep it: one sheet per part,
// numbers as numbers and period dates as dates, so that reading it exercises what Excel writes.
import * as XLSX from '@e965/xlsx';
import { parseCsv } from '../../packages/feed-tools/src/csv.js';
import { SHEETS, type SheetName } from '../../packages/feed-tools/src/sheets.js';

const NUMBER_COLUMNS: Partial<Record<SheetName, string[]>> = {
  values: ['value', 'numerator', 'denominator'],
  indicators: ['decimals', 'target_value'],
  localities: ['population'],
};
const DATE_COLUMNS: Partial<Record<SheetName, string[]>> = { periods: ['end', 'start'] };

/** A cell typed as Excel would hold what the CSV text says. */
function typed(sheet: string, column: string, text: string): unknown {
  if (text === '') return text;
  if (DATE_COLUMNS[sheet as SheetName]?.includes(column) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if (NUMBER_COLUMNS[sheet as SheetName]?.includes(column) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/**
 * The sheets (CSV text by name) as .xlsx bytes. `change` may alter a sheet's typed rows first, to
 * make a broken workbook for a test. Sheet names are capitalised, as people name them.
 */
export function sheetsToWorkbook(sheets: Record<string, string>, change?: (sheet: string, rows: unknown[][], ws?: XLSX.WorkSheet) => void): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, text] of Object.entries(sheets)) {
    const [head = [], ...rest] = parseCsv(text);
    const rows: unknown[][] = [head, ...rest.map((r) => r.map((c, j) => typed(name, head[j] ?? '', c)))];
    change?.(name, rows);
    const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true } as XLSX.AOA2SheetOpts);
    ws['!cols'] = head.map((h) => ({ wch: Math.max(10, Math.min(40, h.length + 2)) }));
    change?.(name, rows, ws);
    XLSX.utils.book_append_sheet(book, ws, name in SHEETS ? name[0]!.toUpperCase() + name.slice(1) : name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
