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
import { openWorkbook, WorkbookError, type StreamedSheet } from '../src/xlsx/workbook.js';
import { textChunks } from '../src/stream.js';
import { sheetsToWorkbook } from '../../../scripts/feeds/workbook.js';

const TEMPLATE = 'packages/feed-tools/template';
const DIR = join(TEMPLATE, 'example-wr4c');
const csvSheets = Object.fromEntries(readdirSync(DIR).map((f) => [f.slice(0, -4), readFileSync(join(DIR, f), 'utf8')]));
const blob = (bytes: Uint8Array) => new Blob([bytes]);
const fromBook = async (bytes: Uint8Array): Promise<BuildResult> => buildFeedFrom(await workbookSources(blob(bytes)));
const at = (r: BuildResult) => r.problems.map((p) => `${p.at}: ${p.message}`);

/** A sheet's rows, read to the end. */
async function allRows(sheet: StreamedSheet): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const r of sheet.rows()) rows.push(r);
  return rows;
}

/** Every sheet's rows as this reader gives them. */
async function streamed(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const out: Record<string, string[][]> = {};
  for (const sheet of await openWorkbook(blob(bytes))) out[sheet.name] = await allRows(sheet);
  return out;
}

/**
 * The same, as SheetJS reads it, cell by cell at each cell's own row and column, formatted the way
 * the template's CSV would hold it.
 */
function sheetjs(bytes: Uint8Array): Record<string, string[][]> {
  const book = XLSX.read(bytes, { type: 'array', cellDates: true, dense: true, UTC: true } as XLSX.ParsingOptions);
  const text = (c: XLSX.CellObject | undefined) =>
    !c || c.v === undefined || c.v === null
      ? ''
      : c.t === 'e'
        ? (c.w ?? '')
        : c.v instanceof Date
          ? c.v.toISOString().slice(0, 10)
          : typeof c.v === 'boolean'
            ? String(c.v).toUpperCase()
            : String(c.v);
  return Object.fromEntries(book.SheetNames.map((n) => [n, Array.from(book.Sheets[n]!['!data'] ?? [], (row) => Array.from(row ?? [], text))]));
}

/** Rows compared without trailing empty cells or rows, which a reader may or may not report. */
const trim = (sheets: Record<string, string[][]>) =>
  Object.fromEntries(
    Object.entries(sheets).map(([n, rows]) => {
      const cut = rows.map((r) => r.slice(0, r.findLastIndex((c) => c !== '') + 1));
      return [n, cut.slice(0, cut.findLastIndex((r) => r.length > 0) + 1)];
    }),
  );

describe('reading a workbook as a stream', () => {
  it('reads every cell of the shipped example as SheetJS does, shared strings or inline', async () => {
    const shipped = new Uint8Array(readFileSync(join(TEMPLATE, 'example-wr4c.xlsx')));
    assert.deepEqual(trim(await streamed(shipped)), trim(sheetjs(shipped)));
    const book = XLSX.read(shipped, { type: 'array', cellDates: true });
    const withSst = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST: true }) as ArrayBuffer);
    assert.deepEqual(trim(await streamed(withSst)), trim(sheetjs(withSst)));
  });

  it('keeps rich text, entities, booleans, errors, 1904 dates and blank rows as Excel shows them', async () => {
    const ws = XLSX.utils.aoa_to_sheet(
      [['text', 'flag', 'when', 'formula'], ['Fish & <chips> "quoted"', true, new Date('2016-12-31T00:00:00Z'), ''], [], ['café ☕', false, 'not a date', '']],
      { cellDates: true, UTC: true } as XLSX.AOA2SheetOpts,
    );
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
const csvFiles = (name: string, bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(csvSheets).map(([n, text]) => [n, csvSource(n === name ? blob(bytes) : new Blob([text]))]));

describe('cells as Excel shows them', () => {
  it('reads percentages as the percent shown, times as times, and the first days of 1900 as Excel dates them', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['percent', 'whole percent', 'time', 'hours', 'early date']]);
    const cells: [string, number, string][] = [
      ['A2', 0.123, '0.0%'],
      ['B2', 0.07, '0%'],
      ['C2', 45500.5, 'h:mm'],
      ['D2', 1.25, '[h]:mm:ss'],
      ['E2', 59, 'yyyy-mm-dd'],
    ];
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
    const r = await fromBook(
      sheetsToWorkbook(csvSheets, (sheet, _rows, ws) => void (sheet === 'values' && ws && (ws.D14 = { t: 'n', f: 'D13*2' } as XLSX.CellObject))),
    );
    assert.equal(r.feed, null);
    assert.ok(
      at(r).includes(
        'values!D14: This cell has a formula whose result was never saved, so it reads as empty. Open the workbook in Excel and save it, or paste the cell as a value.',
      ),
      at(r).join('\n'),
    );
  });

  it('reads a workbook whose XML names SpreadsheetML with a prefix (<x:row>), as some programs write it', async () => {
    const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const bytes = rewritten(sheetsToWorkbook(csvSheets), (xml) =>
      xml.includes(MAIN) ? xml.replace(MAIN, MAIN.replace('xmlns', 'xmlns:x')).replace(/<(\/?)([A-Za-z]\w*)(?=[\s>/])/g, '<$1x:$2') : xml,
    );
    const sheet = new TextDecoder().decode(XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'array' }), '/xl/worksheets/sheet7.xml')?.content as Uint8Array);
    assert.match(sheet, /<x:row /, 'the values sheet is written with the prefix');
    const r = await fromBook(bytes);
    assert.deepEqual(at(r), []);
    assert.deepEqual(r.feed, buildFeed(csvSheets).feed);
  });
});

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
};
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// `>` is left as it is: XML allows it in an attribute, and some programs write it so.
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

interface HandMade {
  /** Each sheet's whole XML part, by the name the workbook gives it. */
  sheets: Record<string, string>;
  sharedStrings?: string;
  styles?: string;
  /** The workbook part, around its `<sheet>` elements; a plain one by default. */
  workbook?: (sheets: string) => string;
  /** The relationships' namespace, which a Strict workbook changes. */
  rel?: string;
}

/** XML parts written by hand, zipped as an .xlsx: a workbook as a program other than SheetJS might write it. */
function handMade({ sheets, sharedStrings, styles, workbook, rel = NS.rel }: HandMade): Uint8Array {
  const names = Object.keys(sheets);
  const sheetElements = names.map((n, i) => `<sheet name="${attr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${rel}/${type}" Target="${target}"/>`;
  const override = (part: string, type: string) => `<Override PartName="/xl/${part}" ContentType="${TYPE}.${type}+xml"/>`;
  const parts: Record<string, string | undefined> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${override('workbook.xml', 'sheet.main')}${names.map((_, i) => override(`worksheets/sheet${i + 1}.xml`, 'worksheet')).join('')}${sharedStrings ? override('sharedStrings.xml', 'sharedStrings') : ''}${styles ? override('styles.xml', 'styles') : ''}</Types>`,
    '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml': workbook ? workbook(sheetElements) : `<workbook xmlns="${NS.main}" xmlns:r="${rel}"><sheets>${sheetElements}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => relationship(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')}${sharedStrings ? relationship('rIdS', 'sharedStrings', 'sharedStrings.xml') : ''}${styles ? relationship('rIdY', 'styles', 'styles.xml') : ''}</Relationships>`,
    'xl/sharedStrings.xml': sharedStrings,
    'xl/styles.xml': styles,
    ...Object.fromEntries(names.map((n, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheets[n]])),
  };
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [path, xml] of Object.entries(parts)) if (xml !== undefined) XLSX.CFB.utils.cfb_add(zip, path, new TextEncoder().encode(DECL + xml));
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayBuffer);
}

/** A worksheet part in SpreadsheetML's default namespace around its rows. */
const worksheet = (rows: string) => `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData>${rows}</sheetData></worksheet>`;
const sst = (items: string) => `<sst xmlns="${NS.main}">${items}</sst>`;
const inline = (ref: string, text: string) => `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;

/** Our rows, checked cell by cell against SheetJS's from the same bytes (for the sheets named, or all). */
async function asSheetJS(bytes: Uint8Array, only?: string[]): Promise<Record<string, string[][]>> {
  const ours = await streamed(bytes);
  const theirs = sheetjs(bytes);
  if (!only) assert.deepEqual(Object.keys(ours), Object.keys(theirs), 'the same sheets');
  for (const name of only ?? Object.keys(theirs)) assert.deepEqual(trim(ours)[name], trim(theirs)[name], `the ${name} sheet as SheetJS reads it`);
  return ours;
}

describe('XML read as XML', () => {
  it('reads CDATA in a shared string, an inline string and a value as the text it holds', async () => {
    const bytes = handMade({
      sharedStrings: sst('<si><t><![CDATA[Fish & <chips>]]></t></si>'),
      sheets: {
        Plain: worksheet(
          `<row r="1"><c r="A1" t="s"><v>0</v></c>${inline('B1', '<![CDATA[a <b> & c]]>')}<c r="C1" t="str"><f>B1</f><v><![CDATA[<x>]]></v></c><c r="D1"><v><![CDATA[12.5]]></v></c></row>`,
        ),
        // Text and CDATA in one element are one text.
        Mixed: worksheet(
          `<row r="1">${inline('B1', 'one <![CDATA[<two>]]> &amp; three')}<c r="C1" t="str"><v><![CDATA[x]]> &amp; <![CDATA[<y>]]></v></c></row>`,
        ),
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Plain, [['Fish & <chips>', 'a <b> & c', '<x>', '12.5']]);
    assert.deepEqual(rows.Mixed, [['', 'one <two> & three', 'x & <y>']]);
  });

  it('leaves out commented-out rows and cells, so that every row keeps its Excel row number', async () => {
    const sheet = worksheet(
      [
        `<row r="1">${inline('A1', 'id')}${inline('B1', 'value')}</row>`,
        `<!-- <row r="2">${inline('A2', 'old')}<c r="B2"><v>99</v></c></row> -->`,
        `<row r="3">${inline('A3', 'a')}<c r="B3"><v>1</v></c><!-- </row><row r="4"> --><c r="C3"><v>2</v></c></row>`,
        // A row without an r attribute is numbered by its place, which a comment must not take.
        `<row>${inline('', 'b')}<c><v>3</v></c></row>`,
        '<!--<row><c><v>99</v></c></row>-->',
        `<row>${inline('', 'c')}<!-- <c><v>99</v></c> --><c><v>4</v></c></row>`,
      ].join('\n'),
    );
    const rows = (await streamed(handMade({ sheets: { Values: sheet } }))).Values!;
    assert.deepEqual(rows, [['id', 'value'], [], ['a', '1', '2'], ['b', '3'], ['c', '4']]);
    // SheetJS reads the commented-out rows as data too, so it is asked about the sheet without its comments.
    assert.deepEqual(trim({ Values: rows }), trim(sheetjs(handMade({ sheets: { Values: sheet.replace(/<!--[\s\S]*?-->/g, '') } }))));
  });

  it('reads attribute values holding > and />: a sheet name, a number format, a row and a cell', async () => {
    const bytes = handMade({
      styles: `<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[>=1]yyyy-mm-dd;@"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      sheets: {
        'Q1 > Q2': `<worksheet xmlns="${NS.main}" xmlns:n="urn:example:notes" xmlns:mc="${NS.mc}" mc:Ignorable="n"><sheetData><row r="1" n:label="1 > 0">${inline('A1', 'id')}${inline('B1', 'end')}</row><row r="2"><c r="A2" t="inlineStr" n:note="see />"><is><t>a</t></is></c><c r="B2" s="1"><v>43832</v></c></row></sheetData></worksheet>`,
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows, {
      'Q1 > Q2': [
        ['id', 'end'],
        ['a', '2020-01-02'],
      ],
    });
  });

  it('joins rich text runs, leaves out phonetic guides, and keeps the spaces xml:space="preserve" keeps', async () => {
    const run = (text: string, props = '<sz val="11"/><rFont val="Calibri"/>') => `<r><rPr>${props}</rPr><t xml:space="preserve">${text}</t></r>`;
    const bytes = handMade({
      sharedStrings: sst(
        [
          `<si>${run('Bold', '<b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/>')}${run(' then plain ')}</si>`,
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
          '<si><t xml:space="preserve">  two spaces each side  </t></si>',
          '<si><t/></si>',
        ].join(''),
      ),
      sheets: {
        Notes: worksheet(
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><r><t>in</t></r>${run('line ', '<i/>')}<rPh sb="0" eb="1"><t>イン</t></rPh></is></c></row>`,
        ),
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Notes, [['Bold then plain ', '東京', '  two spaces each side  ', '', 'inline ']]);
  });

  it("undoes XML's entities and Excel's _xHHHH_ escapes", async () => {
    const bytes = handMade({
      sharedStrings: sst(
        '<si><t>Fish &amp; chips &lt;&gt; &quot;q&quot; &apos;a&apos; &#163;5 &#x263A;</t></si><si><t>line one_x000D_\nline two</t></si><si><t>a literal _x005F_x000D_</t></si>',
      ),
      sheets: {
        'Fish & chips': worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c>${inline('B1', 'tab_x0009_here')}<c r="C1" t="str"><v>&lt;b&gt;</v></c></row>`),
        // SheetJS drops the carriage return, and undoes _x005F_ (an escaped "_") and then the escape it made.
        Escapes: worksheet(`<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="str"><v>_x005F_x0041_</v></c></row>`),
      },
    });
    const rows = await asSheetJS(bytes, ['Fish & chips']);
    assert.deepEqual(rows['Fish & chips'], [['Fish & chips <> "q" \'a\' £5 ☺', 'tab\there', '<b>']]);
    assert.deepEqual(rows.Escapes, [['line one\r\nline two', 'a literal _x000D_', '_x0041_']]);
  });

  it('knows SpreadsheetML by its namespace: the default one, a prefix, an unusual prefix, and not another namespace', async () => {
    const cells = (p: string) => `<${p}row r="1">${inline('A1', 'x').replace(/<(\/?)/g, `<$1${p}`)}<${p}c r="B1"><${p}v>2</${p}v></${p}c></${p}row>`;
    const bytes = handMade({
      sheets: {
        Default: worksheet(cells('')),
        Prefixed: `<x:worksheet xmlns:x="${NS.main}"><x:sheetData>${cells('x:')}</x:sheetData></x:worksheet>`,
        Dashed: `<s-ml:worksheet xmlns:s-ml="${NS.main}"><s-ml:sheetData>${cells('s-ml:')}</s-ml:sheetData></s-ml:worksheet>`,
        // Elements of an ignorable namespace, which Excel passes over, named as SpreadsheetML's are.
        Other: `<x:worksheet xmlns:x="${NS.main}" xmlns:o="urn:example:other" xmlns:mc="${NS.mc}" mc:Ignorable="o"><x:sheetData><row xmlns="${NS.main}" r="1"><c r="A1"><v>1</v></c><o:c r="B1"><v>9</v></o:c></row><o:row r="2"><x:c r="A2"><x:v>9</x:v></x:c></o:row><x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    });
    // SheetJS reads nothing under the prefix "s-ml", and reads the other namespace's cells.
    const rows = await asSheetJS(bytes, ['Default', 'Prefixed']);
    assert.deepEqual(rows, { Default: [['x', '2']], Prefixed: [['x', '2']], Dashed: [['x', '2']], Other: [['1'], [], ['3']] });
  });

  it('reads CDATA, comments and entities wherever the chunks the sheet arrives in are cut', async () => {
    const rows: string[][] = [];
    const xml: string[] = [];
    for (let r = 1; r <= 4000; r++) {
      if (r % 7 === 0) {
        xml.push(`<!-- <row r="${r}"><c r="A${r}"><v>99</v></c></row> -->`);
        rows.push([]);
        continue;
      }
      xml.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t><![CDATA[<${r}>]]> &amp; ${r}</t></is></c><!-- a note --><c r="B${r}"><v>${r}</v></c></row>`);
      rows.push([`<${r}> & ${r}`, String(r)]);
    }
    const sheet = worksheet(xml.join(''));
    assert.ok(sheet.length > 300_000, 'long enough to arrive in several pieces');
    assert.deepEqual((await streamed(handMade({ sheets: { Values: sheet } }))).Values, rows);
  });

  it('names the sheet whose XML is damaged, instead of reading past the damage', async () => {
    const read = async (rows: string) => allRows((await openWorkbook(blob(handMade({ sheets: { Values: worksheet(rows) } }))))[0]!);
    const damaged = (what: string) => (e: Error) =>
      e instanceof WorkbookError &&
      new RegExp(`^The sheet "Values" could not be read: ${what} at line 2, column \\d+\\. Open the workbook in Excel and save it again\\.$`).test(e.message);
    await assert.rejects(read('<row r="1"><c r="A1" t="inlineStr"><is><t>caf&eacute;</t></is></c></row>'), damaged('undefined entity'));
    await assert.rejects(read('<row r="1"><c r="A1"><v>1</v></c>'), damaged('unexpected close tag'));
  });

  it('reads a workbook saved as Strict Open XML, whose namespaces are not the usual ones', async () => {
    const bytes = handMade({
      rel: NS.strictRel,
      workbook: (sheets) =>
        `<workbook xmlns="${NS.strict}" xmlns:r="${NS.strictRel}" conformance="strict"><workbookPr date1904="1"/><sheets>${sheets}</sheets></workbook>`,
      sharedStrings: `<sst xmlns="${NS.strict}"><si><t>period</t></si></sst>`,
      styles: `<styleSheet xmlns="${NS.strict}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
      sheets: {
        Periods: `<worksheet xmlns="${NS.strict}" xmlns:r="${NS.strictRel}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>42369</v></c></row></sheetData></worksheet>`,
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Periods, [['period', '2020-01-01']]);
  });
});

describe('workbooks as Excel, LibreOffice and Google Sheets write them', () => {
  /** Values sheet rows every writer below holds, as the reader should give them. */
  const EXPECTED = [
    ['indicator', 'period', 'end', 'value', 'label', 'provisional', 'error'],
    ['eh-requests', 'q1', '2024-06-30', '12.5', 'eh-requests!', 'TRUE', '#DIV/0!'],
    [],
    ['Revised in June', 'q2', '2024-09-30', '25', '', 'FALSE', '#N/A'],
  ];

  /** Row 1 of each writer's sheet: the header's seven shared strings, with the attributes the writer gives each cell. */
  const headerCells = (attrs: string) => [0, 1, 2, 3, 4, 5, 6].map((i) => `<c r="${'ABCDEFG'[i]}1"${attrs} t="s"><v>${i}</v></c>`).join('');

  it('reads one as Excel writes it: shared strings with rich runs and phonetics, styles, formulas, merges', async () => {
    const excelRoot = `xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`;
    const font = '<sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/>';
    const strings = ['indicator', 'period', 'end', 'value', 'label', 'provisional', 'error', 'eh-requests', 'q1', 'q2'];
    const bytes = handMade({
      workbook: (sheets) =>
        `<workbook ${excelRoot}><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\analyst\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>${sheets}</sheets><calcPr calcId="191029"/></workbook>`,
      sharedStrings: `<sst xmlns="${NS.main}" count="12" uniqueCount="11">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}<si><r><rPr><b/>${font}</rPr><t>Revised</t></r><r><rPr>${font}</rPr><t xml:space="preserve"> in June</t></r><rPh sb="0" eb="7"><t>リバイズド</t></rPh><phoneticPr fontId="1" type="noConversion"/></si></sst>`,
      styles: `<styleSheet ${excelRoot}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><fonts count="1"><font>${font}</font></fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0.0%"/></dxf></dxfs></styleSheet>`,
      sheets: {
        Values: `<worksheet ${excelRoot} xr:uid="{00000000-0001-0000-0000-000000000000}"><dimension ref="A1:G5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData><row r="1" spans="1:7" x14ac:dyDescent="0.25">${headerCells('')}</row><row r="2" spans="1:7" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>7</v></c><c r="B2" t="s"><v>8</v></c><c r="C2" s="1"><v>45473</v></c><c r="D2"><v>12.5</v></c><c r="E2" t="str"><f>A2&amp;"!"</f><v>eh-requests!</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row><row r="4" spans="1:7" x14ac:dyDescent="0.25"><c r="A4" t="s"><v>10</v></c><c r="B4" t="s"><v>9</v></c><c r="C4" s="2"><v>45565</v></c><c r="D4"><f>D2*2</f><v>25</v></c><c r="E4" t="str"><f>IF(F4,A4,"")</f><v></v></c><c r="F4" t="b"><v>0</v></c><c r="G4" t="e"><v>#N/A</v></c></row><row r="5" spans="1:7" x14ac:dyDescent="0.25"><c r="A5" s="0"/><c r="B5" s="0"/></row></sheetData><mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Values, [...EXPECTED, ['', '']]);
    const [sheet] = await openWorkbook(blob(bytes));
    await allRows(sheet!);
    assert.deepEqual(sheet!.merges, ['A5:B5']);
    assert.deepEqual(sheet!.unread, []);
  });

  it('reads one as LibreOffice Calc writes it: every string shared with xml:space="preserve", t="n" on numbers, styles with children', async () => {
    const rowAttrs = 'customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"';
    const shared = (s: string) => `<si><t xml:space="preserve">${s}</t></si>`;
    const bold = (s: string, b: boolean) =>
      `<r><rPr>${b ? '<b val="true"/>' : ''}<sz val="10"/><rFont val="Arial"/><family val="2"/><charset val="1"/></rPr><t xml:space="preserve">${s}</t></r>`;
    const xf = (fmt: number) =>
      `<xf numFmtId="${fmt}" fontId="0" fillId="0" borderId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>`;
    const bytes = handMade({
      workbook: (sheets) =>
        `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="500" firstSheet="0" activeTab="0"/></bookViews><sheets>${sheets}</sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>`,
      sharedStrings: `<sst xmlns="${NS.main}" count="10" uniqueCount="10">${['indicator', 'period', 'end', 'value', 'label', 'provisional', 'error', 'eh-requests', 'q1', 'q2'].map(shared).join('')}<si>${bold('Revised', true)}${bold(' in June', false)}</si></sst>`,
      styles: `<styleSheet xmlns="${NS.main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="YYYY\\-MM\\-DD"/></numFmts><cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"/></cellStyleXfs><cellXfs count="2">${xf(164)}${xf(165)}</cellXfs></styleSheet>`,
      sheets: {
        Values: `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:mc="${NS.mc}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1:G4"/><sheetViews><sheetView showFormulas="false" showGridLines="true" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="11.53515625" defaultRowHeight="12.8" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr><sheetData><row r="1" ${rowAttrs}>${headerCells(' s="0"')}</row><row r="2" ${rowAttrs}><c r="A2" s="0" t="s"><v>7</v></c><c r="B2" s="0" t="s"><v>8</v></c><c r="C2" s="1" t="n"><v>45473</v></c><c r="D2" s="0" t="n"><v>12.5</v></c><c r="E2" s="0" t="str"><f aca="false">A2&amp;"!"</f><v>eh-requests!</v></c><c r="F2" s="0" t="b"><v>1</v></c><c r="G2" s="0" t="e"><f aca="false">1/0</f><v>#DIV/0!</v></c></row><row r="4" ${rowAttrs}><c r="A4" s="0" t="s"><v>10</v></c><c r="B4" s="0" t="s"><v>9</v></c><c r="C4" s="1" t="n"><v>45565</v></c><c r="D4" s="0" t="n"><f aca="false">D2*2</f><v>25</v></c><c r="E4" s="0" t="str"><f aca="false">IF(F4,A4,"")</f><v></v></c><c r="F4" s="0" t="b"><v>0</v></c><c r="G4" s="0" t="e"><f aca="false">NA()</f><v>#N/A</v></c></row></sheetData><printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7875" right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" footer="0.7875"/></worksheet>`,
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Values, EXPECTED);
  });

  it('reads one as Google Sheets writes it: a style on every cell, extra namespaces, sheet state, empty styled cells', async () => {
    const googleRoot = `xmlns="${NS.main}" xmlns:r="${NS.rel}" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:mc="${NS.mc}" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"`;
    const strings = ['indicator', 'period', 'end', 'value', 'label', 'provisional', 'error', 'eh-requests', 'q1', 'q2', 'Revised in June'];
    const xf = (fmt: number) =>
      `<xf borderId="0" fillId="0" fontId="0" numFmtId="${fmt}" xfId="0" applyAlignment="1" applyFont="1"${fmt ? ' applyNumberFormat="1"' : ''}><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf>`;
    const bytes = handMade({
      workbook: (sheets) =>
        `<workbook ${googleRoot}><workbookPr/><sheets>${sheets.replace('<sheet ', '<sheet state="visible" ')}</sheets><definedNames/><calcPr/></workbook>`,
      sharedStrings: `<sst xmlns="${NS.main}" count="11" uniqueCount="11">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
      styles: `<styleSheet xmlns="${NS.main}" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:mc="${NS.mc}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font></fonts><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs><cellXfs count="2">${xf(0)}${xf(164)}</cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles></styleSheet>`,
      sheets: {
        Values: `<worksheet ${googleRoot}><sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="12.63" defaultRowHeight="15.75"/><cols><col customWidth="1" min="1" max="1" width="20.0"/></cols><sheetData><row r="1">${headerCells(' s="0"')}</row><row r="2"><c r="A2" s="0" t="s"><v>7</v></c><c r="B2" s="0" t="s"><v>8</v></c><c r="C2" s="1"><v>45473.0</v></c><c r="D2" s="0"><v>12.5</v></c><c r="E2" s="0" t="str"><f>CONCATENATE(A2,"!")</f><v>eh-requests!</v></c><c r="F2" s="0" t="b"><v>1</v></c><c r="G2" s="0" t="e"><f>1/0</f><v>#DIV/0!</v></c></row><row r="3"><c r="A3" s="0"/><c r="G3" s="0"/></row><row r="4"><c r="A4" s="0" t="s"><v>10</v></c><c r="B4" s="0" t="s"><v>9</v></c><c r="C4" s="1"><v>45565.0</v></c><c r="D4" s="0"><f>D2*2</f><v>25.0</v></c><c r="E4" s="0"/><c r="F4" s="0" t="b"><v>0</v></c><c r="G4" s="0" t="e"><f>NA()</f><v>#N/A</v></c></row></sheetData><drawing r:id="rId1"/></worksheet>`,
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(trim(rows).Values, EXPECTED);
  });

  it('reads rows and cells that leave out their r attributes, numbered by their places, with inline strings', async () => {
    const bytes = handMade({
      sheets: {
        Values: worksheet(
          [
            `<row>${inline('', 'indicator')}${inline('', 'value')}</row>`,
            `<row>${inline('', 'eh-requests')}<c><v>1</v></c></row>`,
            // A row or cell that gives its place moves the count on to it.
            `<row r="5"><c r="B5"><v>2</v></c><c><v>3</v></c></row>`,
            `<row>${inline('', 'after')}<c r="C6" t="b"><v>1</v></c><c t="e"><v>#REF!</v></c></row>`,
          ].join(''),
        ),
      },
    });
    const rows = await asSheetJS(bytes);
    assert.deepEqual(rows.Values, [['indicator', 'value'], ['eh-requests', '1'], [], [], ['', '2', '3'], ['after', '', 'TRUE', '#REF!']]);
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
    assert.equal(
      await read([
        [...ascii('note,caf'), 0xe9],
        [...ascii(' £'.replace('£', '')), 0xa3, ...ascii('5\r\n')],
      ]),
      'note,café £5\r\n',
    );
    const utf8 = [...new TextEncoder().encode('café ☕ £5')];
    for (let cut = 1; cut < utf8.length; cut++) assert.equal(await read([utf8.slice(0, cut), utf8.slice(cut)]), 'café ☕ £5', `cut at byte ${cut}`);
  });

  it('says when a file mixes UTF-8 with another encoding, from the row it was reading', async () => {
    const big = `${withNote}${' '.repeat(70).concat('\r\n').repeat(3000)}eh-requests,£,,1\r\n`;
    const bytes = Buffer.concat([Buffer.from(big.slice(0, big.lastIndexOf('£')), 'utf8'), Buffer.from(big.slice(big.lastIndexOf('£')), 'latin1')]);
    assert.ok(bytes.length > 200_000, 'long enough to arrive in several pieces');
    const r = await buildFeedFrom(csvFiles('values', new Uint8Array(bytes)));
    assert.equal(r.feed, null);
    assert.match(
      at(r)[0]!,
      /^values!\d+: The values sheet could not be read from row \d+ on: the file mixes UTF-8 with another encoding\. In Excel, save it again as "CSV UTF-8 \(Comma delimited\)"\.$/,
    );
  });

  it('names the cell where a quote opens and never closes, instead of losing the rest of the file in it', async () => {
    const lines = values.split('\r\n');
    lines[20] = lines[20]!.replace(/,(\d+),/, ',"$1,');
    const r = await buildFeedFrom(csvFiles('values', new TextEncoder().encode(lines.join('\r\n'))));
    assert.equal(r.feed, null);
    assert.ok(
      at(r).includes(
        'values!D21: A quote (") opens this cell and is never closed, so the rest of the file was read into this one cell. Close the quote, or take it out.',
      ),
      at(r).join('\n'),
    );
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
    assert.ok(
      at(r).includes('values!A5:A7: Cells A5:A7 are merged: only the first holds a value, so the others read as empty. Unmerge them and fill in every cell.'),
      at(r).join('\n'),
    );
  });

  it('names wrong headers, duplicate rows and text in number columns in a 50,000-row values sheet', async () => {
    const periods = 'id,label,end,kind\r\n' + Array.from({ length: 50 }, (_, i) => `p${i},P${i},${2000 + i}-03-31,financial-year`).join('\r\n');
    const indicators =
      'id,title,measure,unit,polarity\r\n' + Array.from({ length: 1000 }, (_, i) => `i${i},Indicator ${i},how-well,percent,bigger-is-better`).join('\r\n');
    const lines = ['indicator,period,value,numerator'];
    for (let i = 0; i < 1000; i++) for (let p = 0; p < 50; p++) lines.push(`i${i},p${p},${(i * 7 + p) % 100},${i}`);
    const sheets = { feed: 'key,value\r\ntitle,Big\r\nauthority,Walsall', periods, indicators, values: lines.join('\r\n') };
    const heard: { sheet: string; rows: number; fraction?: number }[] = [];
    const good = await buildFeedFrom(await workbookSources(blob(sheetsToWorkbook(sheets))), (p) => heard.push(p));
    assert.deepEqual(good.problems, []);
    const values = heard.filter((p) => p.sheet === 'values');
    assert.deepEqual(
      values.map((p) => p.rows),
      [10_000, 20_000, 30_000, 40_000, 50_000, 50_000],
      'progress every 10,000 rows, then at the end',
    );
    assert.ok(
      values.every((p, i) => i === 0 || p.fraction! >= values[i - 1]!.fraction!) && values.at(-1)!.fraction === 1,
      'the fraction read only grows, to 1',
    );
    assert.equal(
      good.feed!.indicators.reduce((n, ind) => n + ind.values.length, 0),
      50_000,
    );
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
      assert.ok(
        err.some((l) => l.startsWith('warning at notes: "notes" is not a sheet of the template; it was not read.')),
        err.join('\n'),
      );
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
    writeFileSync(
      book,
      sheetsToWorkbook(csvSheets, (sheet, rows) => void (sheet === 'values' && (rows[13]![3] = 'n/a'))),
    );
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
