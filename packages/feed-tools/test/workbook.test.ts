// Building from an Excel workbook: the same feed as from the CSV sheets, dates typed as dates
// read as dates, and problems named by the Excel cell.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { buildFeed } from '../src/build.js';
import { parseCsv } from '../src/csv.js';
import { readWorkbook } from '../src/workbook.js';

const DIR = 'packages/feed-tools/template/example-wr4c';
const csvSheets = Object.fromEntries(readdirSync(DIR).map((f) => [f.slice(0, -4), readFileSync(join(DIR, f), 'utf8')]));

/** The example as an Excel workbook, as an analyst would keep it: numbers as numbers, period ends as dates. */
function workbook(change?: (sheet: string, rows: unknown[][]) => void): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, text] of Object.entries(csvSheets)) {
    const rows: unknown[][] = parseCsv(text).map((r, i) =>
      r.map((c, j) => {
        if (i === 0 || c === '') return c;
        if (name === 'periods' && j === 2) return new Date(`${c}T00:00:00Z`);
        return name === 'values' && j === 3 && /^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c;
      }),
    );
    change?.(name, rows);
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true, UTC: true } as XLSX.AOA2SheetOpts), name[0]!.toUpperCase() + name.slice(1));
  }
  return XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as Uint8Array;
}

describe('an Excel workbook', () => {
  it('builds the same feed as its sheets saved as CSV', () => {
    const fromBook = buildFeed(readWorkbook(workbook()));
    assert.deepEqual(fromBook.problems, []);
    assert.deepEqual(fromBook.feed, buildFeed(csvSheets).feed);
  });

  it('names the Excel cell of a bad value', () => {
    const r = buildFeed(
      readWorkbook(
        workbook((sheet, rows) => {
          if (sheet === 'values') rows[13]![3] = 'n/a';
        }),
      ),
    );
    assert.equal(r.feed, null);
    assert.match(r.problems[0]!.at + ': ' + r.problems[0]!.message, /^values!D14: "n\/a" is not a number/);
  });

  it('says a date typed as a number is one, pointing at its cell', () => {
    const r = buildFeed(
      readWorkbook(
        workbook((sheet, rows) => {
          if (sheet === 'periods') rows[1]![2] = 41364;
        }),
      ),
    );
    assert.match(`${r.problems[0]!.at}: ${r.problems[0]!.message}`, /^periods!C2: "41364" is not a date written YYYY-MM-DD/);
  });
});
