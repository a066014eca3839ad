// Building from an Excel workbook, read as a stream: the same feed as from the CSV sheets, cells
// read as Excel shows them (checked against SheetJS on the same bytes), and problems named by the
// Excel cell, merged cells included.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parseFeed } from '@scorecard-kit/core/feed';
import { buildFeed, buildFeedFrom, type BuildResult } from '../src/build.js';
import { main } from '../src/cli.js';
import { csvSource, workbookSources } from '../src/sources.js';
import { openWorkbook, WorkbookError } from '../src/xlsx/workbook.js';
import { textChunks } from '../src/stream.js';
import { sheetsToWorkbook } from '../../../scripts/feeds/workbook.js';

const TEMPLATE = 'packages/feed-tools/template';
const DIR = join(TEMPLATE, 'example-wr4c');
const csvSheets = Object.fromEntries(readdirSync(DIR).map((f) => [f.slice(0, -4), readFileSync(join(DIR, f), 'utf8')]));
const blob = (bytes: Uint8Array) => new Blob([bytes]);
const fromBook = async (bytes: Uint8Array): Promise<BuildResult> => buildFeedFrom(await workbookSources(blob(bytes)));
const at = (r: BuildResult) => r.problems.map((p) => `${p.at}: ${p.message}`);

/** Every sheet's rows as this reader gives them. */
async function streamed(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const out: Record<string, string[][]> = {};
  for (const sheet of await openWorkbook(blob(bytes))) {
    const rows: string[][] = [];
    for await (const r of sheet.rows()) rows.push(r);
    out[sheet.name] = rows;
  }
  return out;
}

/** The same, as SheetJS reads it, formatted the way the template's CSV would hold it. */
function sheetjs(bytes: Uint8Array): Record<string, string[][]> {
  const book = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true });
  const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'boolean' ? String(v).toUpperCase() : v === undefined || v === null ? '' : String(v));
  return Object.fromEntries(
    book.SheetNames.map((n) => [n, XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[n]!, { header: 1, raw: true, defval: '', blankrows: true, UTC: true }).map((r) => r.map(text))]),
  );
}

/** Rows compared without trailing empty cells, which a reader may or may not report. */
const trim = (sheets: Record<string, string[][]>) =>
  Object.fromEntries(Object.entries(sheets).map(([n, rows]) => [n, rows.map((r) => (r.length && r[r.length - 1] === '' ? r.slice(0, r.findLastIndex((c) => c !== '') + 1) : r))]));

describe('reading a workbook as a stream', () => {
  it('reads every cell of the shipped example as SheetJS does, shared strings or inline', async () => {
    const shipped = new Uint8Array(readFileSync(join(TEMPLATE, 'example-wr4c.xlsx')));
    assert.deepEqual(trim(await streamed(shipped)), trim(sheetjs(shipped)));
    const book = XLSX.read(shipped, { type: 'array', cellDates: true });
    const withSst = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer);
    assert.deepEqual(trim(await streamed(withSst)), trim(sheetjs(withSst)));
  });

  it('keeps rich text, entities, booleans, errors, 1904 dates and blank rows as Excel shows them', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['text', 'flag', 'when', 'formula'],
      ['Fish & <chips> "quoted"', true, new Date('2016-12-31T00:00:00Z'), ''],
      [],
      ['café ☕', false, 'not a date', ''],
    ], { cellDates: true, UTC: true } as XLSX.AOA2SheetOpts);
    ws.D2 = { t: 'e', v: 0x2a, w: '#N/A' };
    ws.D4 = { t: 'n', v: 3, f: 'A1+2' };
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'Odd');
    for (const date1904 of [false, true]) {
      book.Workbook = { WBProps: { date1904 } };
      const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: date1904 }) as ArrayBuffer);
      const rows = (await streamed(bytes)).Odd!;
      assert.deepEqual(rows[1], ['Fish & <chips> "quoted"', 'TRUE', '2016-12-31', '#N/A'], `date1904 ${date1904}`);
      assert.deepEqual(rows[2], []);
      assert.deepEqual(rows[3], ['café ☕', 'FALSE', 'not a date', '3']);
    }
  });

  it('says what a file is when it is not a workbook', async () => {
    await assert.rejects(openWorkbook(new Blob(['id,title\n'])), (e: Error) => e instanceof WorkbookError && /not a ZIP archive/.test(e.message));
    const ods = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(ods, XLSX.utils.aoa_to_sheet([['id']]), 'Feed');
    const zipOnly = new Uint8Array(XLSX.write(ods, { type: 'array', bookType: 'ods' }) as ArrayBuffer);
    await assert.rejects(openWorkbook(blob(zipOnly)), /not an Excel workbook \(\.xlsx\): it has no xl\/workbook\.xml/);
  });
});

/** The workbook with some of its XML parts rewritten, as another program might write them. */
function rewritten(bytes: Uint8Array, change: (xml: string, part: string) => string): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i]!;
    if (!path.endsWith('.xml') || !entry.content) return;
    const part = path.replace(/^Root Entry\//, '');
    entry.content = new TextEncoder().encode(change(new TextDecoder().decode(entry.content as Uint8Array), part)) as never;
  });
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayBuffer);
}

/** The CSV sheets as files, one of them given as bytes. */
const csvFiles = (name: string, bytes: Uint8Array) => Object.fromEntries(Object.entries(csvSheets).map(([n, text]) => [n, csvSource(n === name ? blob(bytes) : new Blob([text]))]));

describe('cells as Excel shows them', () => {
  it('reads percentages as the percent shown, times as times, and the first days of 1900 as Excel dates them', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['percent', 'whole percent', 'time', 'hours', 'early date']]);
    const cells: [string, number, string][] = [['A2', 0.123, '0.0%'], ['B2', 0.07, '0%'], ['C2', 45500.5, 'h:mm'], ['D2', 1.25, '[h]:mm:ss'], ['E2', 59, 'yyyy-mm-dd']];
    for (const [ref, v, z] of cells) ws[ref] = { t: 'n', v, z };
    ws['!ref'] = 'A1:E2';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'Shown');
    const rows = (await streamed(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer))).Shown!;
    // A date and time shown as h:mm is its time of day; [h] counts every hour. 59 is 28 February
    // 1900: Excel's serials count a 29 February 1900 that never was.
    assert.deepEqual(rows[1], ['12.3', '7', '12:00:00', '30:00:00', '1900-02-28']);
  });

  it('names a formula whose result was never saved, which would otherwise read as empty', async () => {
    const r = await fromBook(sheetsToWorkbook(csvSheets, (sheet, _rows, ws) => void (sheet === 'values' && ws && (ws.D14 = { t: 'n', f: 'D13*2' } as XLSX.CellObject))));
    assert.equal(r.feed, null);
    assert.ok(at(r).includes('values!D14: This cell has a formula whose result was never saved, so it reads as empty. Open the workbook in Excel and save it, or paste the cell as a value.'), at(r).join('\n'));
  });

  it('reads a workbook whose XML names SpreadsheetML with a prefix (<x:row>), as some programs write it', async () => {
    const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const bytes = rewritten(sheetsToWorkbook(csvSheets), (xml) => (xml.includes(MAIN) ? xml.replace(MAIN, MAIN.replace('xmlns', 'xmlns:x')).replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, '<$1x:$2') : xml));
    const sheet = new TextDecoder().decode(XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'array' }), '/xl/worksheets/sheet7.xml')?.content as Uint8Array);
    assert.match(sheet, /<x:row /, 'the values sheet is written with the prefix');
    const r = await fromBook(bytes);
    assert.deepEqual(at(r), []);
    assert.deepEqual(r.feed, buildFeed(csvSheets).feed);
  });
});

describe('CSV files as Excel saves them', () => {
  const values = csvSheets.values!;
  const withNote = values.replace(/^(eh-requests,q1-2024-25,,564,,,,)/m, '$1Revised: café £5');

  it('reads a file saved as "CSV (Comma delimited)", in Windows-1252, as the text it holds', async () => {
    const r = await buildFeedFrom(csvFiles('values', new Uint8Array(Buffer.from(withNote, 'latin1'))));
    assert.deepEqual(at(r), []);
    assert.equal(r.feed!.indicators[0]!.values.find((v) => v.period === 'q1-2024-25')?.note, 'Revised: café £5');
  });

  it('reads Windows-1252 whose first accented letter ends a chunk, and UTF-8 whose characters are split between chunks', async () => {
    const read = async (chunks: number[][]) => {
      const stream = new ReadableStream<Uint8Array>({ start: (c) => (chunks.forEach((b) => c.enqueue(new Uint8Array(b))), c.close()) });
      let text = '';
      for await (const t of textChunks(stream, { guessEncoding: true })) text += t;
      return text;
    };
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    assert.equal(await read([[...ascii('note,caf'), 0xe9], [...ascii(' £'.replace('£', '')), 0xa3, ...ascii('5\r\n')]]), 'note,café £5\r\n');
    const utf8 = [...new TextEncoder().encode('café ☕ £5')];
    for (let cut = 1; cut < utf8.length; cut++) assert.equal(await read([utf8.slice(0, cut), utf8.slice(cut)]), 'café ☕ £5', `cut at byte ${cut}`);
  });

  it('says when a file mixes UTF-8 with another encoding, from the row it was reading', async () => {
    const big = `${withNote}${' '.repeat(70).concat('\r\n').repeat(3000)}eh-requests,£,,1\r\n`;
    const bytes = Buffer.concat([Buffer.from(big.slice(0, big.lastIndexOf('£')), 'utf8'), Buffer.from(big.slice(big.lastIndexOf('£')), 'latin1')]);
    assert.ok(bytes.length > 200_000, 'long enough to arrive in several pieces');
    const r = await buildFeedFrom(csvFiles('values', new Uint8Array(bytes)));
    assert.equal(r.feed, null);
    assert.match(at(r)[0]!, /^values!\d+: The values sheet could not be read from row \d+ on: the file mixes UTF-8 with another encoding\. In Excel, save it again as "CSV UTF-8 \(Comma delimited\)"\.$/);
  });

  it('names the cell where a quote opens and never closes, instead of losing the rest of the file in it', async () => {
    const lines = values.split('\r\n');
    lines[20] = lines[20]!.replace(/,(\d+),/, ',"$1,');
    const r = await buildFeedFrom(csvFiles('values', new TextEncoder().encode(lines.join('\r\n'))));
    assert.equal(r.feed, null);
    assert.ok(at(r).includes('values!D21: A quote (") opens this cell and is never closed, so the rest of the file was read into this one cell. Close the quote, or take it out.'), at(r).join('\n'));
  });
});

describe('an Excel workbook', () => {
  it('builds the same feed as its sheets saved as CSV', async () => {
    const r = await fromBook(sheetsToWorkbook(csvSheets));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.feed, buildFeed(csvSheets).feed);
  });

  it('names the Excel cell of a bad value', async () => {
    const r = await fromBook(sheetsToWorkbook(csvSheets, (sheet, rows) => void (sheet === 'values' && (rows[13]![3] = 'n/a'))));
    assert.equal(r.feed, null);
    assert.match(at(r)[0]!, /^values!D14: "n\/a" is not a number/);
  });

  it('says a date typed as a number is one, pointing at its cell', async () => {
    const r = await fromBook(sheetsToWorkbook(csvSheets, (sheet, rows) => void (sheet === 'periods' && (rows[1]![2] = 41364))));
    assert.match(at(r)[0]!, /^periods!C2: "41364" is not a date written YYYY-MM-DD/);
  });

  it('names merged cells, which leave all but their first cell empty', async () => {
    const r = await fromBook(
      sheetsToWorkbook(csvSheets, (sheet, _rows, ws) => {
        if (sheet === 'values' && ws) ws['!merges'] = [XLSX.utils.decode_range('A5:A7')];
      }),
    );
    assert.equal(r.feed, null);
    assert.ok(at(r).includes('values!A5:A7: Cells A5:A7 are merged: only the first holds a value, so the others read as empty. Unmerge them and fill in every cell.'), at(r).join('\n'));
  });

  it('names wrong headers, duplicate rows and text in number columns in a 50,000-row values sheet', async () => {
    const periods = 'id,label,end,kind\r\n' + Array.from({ length: 50 }, (_, i) => `p${i},P${i},${2000 + i}-03-31,financial-year`).join('\r\n');
    const indicators = 'id,title,measure,unit,polarity\r\n' + Array.from({ length: 1000 }, (_, i) => `i${i},Indicator ${i},how-well,percent,bigger-is-better`).join('\r\n');
    const lines = ['indicator,period,value,numerator'];
    for (let i = 0; i < 1000; i++) for (let p = 0; p < 50; p++) lines.push(`i${i},p${p},${(i * 7 + p) % 100},${i}`);
    const sheets = { feed: 'key,value\r\ntitle,Big\r\nauthority,Walsall', periods, indicators, values: lines.join('\r\n') };
    const heard: { sheet: string; rows: number; fraction?: number }[] = [];
    const good = await buildFeedFrom(await workbookSources(blob(sheetsToWorkbook(sheets))), (p) => heard.push(p));
    assert.deepEqual(good.problems, []);
    const values = heard.filter((p) => p.sheet === 'values');
    assert.deepEqual(values.map((p) => p.rows), [10_000, 20_000, 30_000, 40_000, 50_000, 50_000], 'progress every 10,000 rows, then at the end');
    assert.ok(values.every((p, i) => i === 0 || p.fraction! >= values[i - 1]!.fraction!) && values.at(-1)!.fraction === 1, 'the fraction read only grows, to 1');
    assert.equal(good.feed!.indicators.reduce((n, ind) => n + ind.values.length, 0), 50_000);
    const broken = await fromBook(
      sheetsToWorkbook(sheets, (sheet, rows) => {
        if (sheet !== 'values') return;
        rows[0]![3] = 'numerater';
        rows[40_000]![2] = 'twelve';
        rows[45_000] = [...rows[44_999]!];
      }),
    );
    assert.equal(broken.feed, null);
    assert.deepEqual(at(broken), [
      'values!1: Unknown column "numerater": the "values" sheet\'s columns are indicator, period, area, value, numerator, denominator, provisional, note.',
      'values!C40001: "twelve" is not a number; use an empty cell for missing or "c" for suppressed (x not available, z not applicable).',
      `values!45001: A second figure for i899, p48, authority (the first is row 45000).`,
    ]);
  });
});

describe('scorecard-kit build', () => {
  it('turns the shipped example workbook into the feed its CSV sheets make, with no warning', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sc-build-')), 'feed.json');
    const err: string[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => void err.push(a.join(' '));
    try {
      assert.equal(await main(['build', '--from', join(TEMPLATE, 'example-wr4c.xlsx'), '--out', out]), 0, err.join('\n'));
    } finally {
      console.error = error;
    }
    const written = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(written, buildFeed(csvSheets).feed);
    const check = parseFeed(written);
    assert.deepEqual([...check.errors, ...check.warnings], []);
    assert.doesNotMatch(err.join('\n'), /warning/);
  });

  it('builds a folder of CSV files past a sheet of notes with a warning, and refuses two files for one sheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-build-'));
    for (const [name, text] of Object.entries(csvSheets)) writeFileSync(join(dir, `${name}.csv`), text);
    writeFileSync(join(dir, 'notes.csv'), 'what,who\r\nchecked,AB\r\n');
    const err: string[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => void err.push(a.join(' '));
    try {
      assert.equal(await main(['build', '--from', dir, '--out', join(dir, 'feed.json'), '--quiet']), 0, err.join('\n'));
      assert.ok(err.some((l) => l.startsWith('warning at notes: "notes" is not a sheet of the template; it was not read.')), err.join('\n'));
      writeFileSync(join(dir, 'Values.csv'), csvSheets.values!);
      err.length = 0;
      assert.equal(await main(['build', '--from', dir, '--out', join(dir, 'other.json'), '--quiet']), 1);
      assert.match(err.join('\n'), /Two files would be the values sheet \((Values\.csv and values\.csv|values\.csv and Values\.csv)\): keep one\./);
      assert.equal(existsSync(join(dir, 'other.json')), false);
    } finally {
      console.error = error;
    }
  });

  it('writes nothing from a broken workbook, and leaves an existing feed as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-build-'));
    const book = join(dir, 'broken.xlsx');
    writeFileSync(book, sheetsToWorkbook(csvSheets, (sheet, rows) => void (sheet === 'values' && (rows[13]![3] = 'n/a'))));
    const out = join(dir, 'feed.json');
    writeFileSync(out, 'last month');
    const err: string[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => void err.push(a.join(' '));
    try {
      assert.equal(await main(['build', '--from', book, '--out', out]), 1);
      assert.equal(await main(['build', '--from', join(dir, 'feed.json'), '--out', join(dir, 'other.json')]), 2);
    } finally {
      console.error = error;
    }
    assert.match(err[0]!, /^values!D14: "n\/a" is not a number/);
    assert.equal(readFileSync(out, 'utf8'), 'last month');
    assert.equal(existsSync(join(dir, 'other.json')), false);
  });
});
