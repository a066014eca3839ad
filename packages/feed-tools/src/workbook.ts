import * as XLSX from '@e965/xlsx';

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const two = (n: number) => String(n).padStart(2, '0');

/** A cell as the template's CSV would hold it: dates as YYYY-MM-DD, numbers exactly, text as written. */
function cellText(v: unknown): string {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${two(v.getUTCMonth() + 1)}-${two(v.getUTCDate())}`;
  if (v === null || v === undefined) return '';
  return String(v);
}

/**
 * An Excel workbook's sheets as CSV text by (lower-case) sheet name, so that `buildFeed` reads a
 * workbook and a folder of CSVs the same way, and a problem's cell reference ("values!D14") is the
 * cell in Excel. Cells formatted as dates become YYYY-MM-DD; numbers keep every digit.
 */
export function readWorkbook(data: Uint8Array): Record<string, string> {
  const book = XLSX.read(data, { type: 'array', cellDates: true, dense: true });
  const out: Record<string, string> = {};
  for (const name of book.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, raw: true, defval: '', blankrows: true, UTC: true });
    out[name.trim().toLowerCase()] = `${rows.map((r) => r.map((c) => csvField(cellText(c))).join(',')).join('\r\n')}\r\n`;
  }
  return out;
}
