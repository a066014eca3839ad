// The feed studio page (docs/feed-studio.html) as `npm start` serves it, under the strict CSP: files
// given to it are read in its worker, problems point at their cells with links to the help, and a
// good feed is previewed in the real widgets and offered for download. Every state is checked by axe.
import { expect } from '@open-wc/testing';
import * as XLSX from '@e965/xlsx';
import { parseCsv } from '../../packages/feed-tools/src/csv.js';
import './console-guard.js';
import { axeViolations, expectCleanPage, openPage } from './page-frame.js';

const EXAMPLE = '/packages/feed-tools/template/example-wr4c';
const SHEETS = ['feed', 'periods', 'comparators', 'localities', 'boundaries', 'indicators', 'values', 'framework', 'questions'];

async function exampleCsv(): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(SHEETS.map(async (s) => [s, await (await fetch(`${EXAMPLE}/${s}.csv`)).text()])));
}

const csvFiles = (sheets: Record<string, string>) => Object.entries(sheets).map(([name, text]) => new File([text], `${name}.csv`, { type: 'text/csv' }));

/** Gives the page files through its "Choose files" input, as a person would, and waits for its answer. */
async function give(frame: HTMLIFrameElement, files: File[]): Promise<string> {
  const doc = frame.contentDocument!;
  const status = doc.getElementById('status')!;
  const answered = new Promise<void>((resolve) => {
    const o = new MutationObserver(() => {
      if (!/^Reading/.test(status.textContent!)) {
        o.disconnect();
        resolve();
      }
    });
    o.observe(status, { childList: true, characterData: true, subtree: true });
  });
  const input = doc.getElementById('files') as HTMLInputElement;
  const transfer = new (frame.contentWindow as Window & typeof globalThis).DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await answered;
  return status.textContent!;
}

/** The problems listed: each cell reference, its message, and whether its help link leads somewhere. */
function problems(doc: Document) {
  return [...doc.querySelectorAll('#problem-list li')].map((li) => {
    const link = li.querySelector('a')!;
    const target = doc.getElementById(link.getAttribute('href')!.slice(1));
    return { text: li.textContent, help: link.getAttribute('href'), helpExists: target !== null };
  });
}

describe('feed studio (docs/feed-studio.html)', () => {
  it('builds a feed from the template CSV files, previews it in the widgets and offers it for download', async function () {
    // A hundred tiles drawn in a page in a frame: more than the default five seconds on a slow machine.
    this.timeout(30_000);
    const frame = await openPage('/docs/feed-studio.html');
    const doc = frame.contentDocument!;
    expect(doc.body.textContent).to.contain('nothing is uploaded or sent anywhere');
    expect(await give(frame, csvFiles(await exampleCsv()))).to.equal('9 CSV files: the feed is ready.');
    expect(doc.getElementById('result')!.hidden).to.equal(false);
    expect(doc.getElementById('problems')!.hidden).to.equal(true);
    expect(doc.activeElement).to.equal(doc.getElementById('result'));
    const link = doc.getElementById('download') as HTMLAnchorElement;
    expect(link.download).to.equal('feed.json');
    const feed = await (await fetch(link.href)).json();
    const wr4c = await (await fetch('/docs/feeds/wr4c.json')).json();
    expect(feed.indicators.map((i: { id: string }) => i.id)).to.deep.equal(wr4c.indicators.map((i: { id: string }) => i.id));
    expect(doc.getElementById('result-summary')!.textContent).to.match(
      new RegExp(`^Made from 9 CSV files: ${wr4c.indicators.length} indicators, ${wr4c.periods.length} periods and [\\d,]+ figures\\.$`),
    );
    const previewFeed = doc.getElementById('preview-feed') as HTMLElement & { loadState: { status: string } };
    if (previewFeed.loadState.status !== 'ready') await new Promise((r) => previewFeed.addEventListener('sc-feed-load', r, { once: true }));
    const grid = doc.querySelector('sc-tile-grid') as HTMLElement & { updateComplete: Promise<unknown> };
    await grid.updateComplete;
    expect(grid.shadowRoot!.querySelectorAll('sc-indicator-tile').length).to.equal(wr4c.indicators.length);
    await expectCleanPage(frame);
  });

  it('lists a broken workbook’s problems by cell, each linked to the help for its column, and makes no feed', async () => {
    const frame = await openPage('/docs/feed-studio.html');
    const doc = frame.contentDocument!;
    const sheets = await exampleCsv();
    const book = XLSX.utils.book_new();
    for (const [name, text] of Object.entries(sheets)) {
      const rows = XLSX.utils.aoa_to_sheet(parseCsv(text));
      if (name === 'values') rows.D14 = { t: 's', v: 'n/a' };
      if (name === 'periods') rows.C2 = { t: 'n', v: 41364 };
      XLSX.utils.book_append_sheet(book, rows, name);
    }
    const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    expect(await give(frame, [new File([bytes], 'november.xlsx')])).to.equal('november.xlsx: 2 problems to fix. No feed was made.');
    expect(problems(doc)).to.deep.equal([
      {
        text: 'periods!C2: "41364" is not a date written YYYY-MM-DD (a spreadsheet may have turned it into a number: format the column as text).',
        help: '#help-periods-end',
        helpExists: true,
      },
      {
        text: 'values!D14: "n/a" is not a number; use an empty cell for missing or "c" for suppressed (x not available, z not applicable).',
        help: '#help-values-value',
        helpExists: true,
      },
    ]);
    expect(doc.getElementById('help-values-value')!.nextElementSibling!.textContent).to.contain('write c when it is suppressed');
    expect(doc.getElementById('result')!.hidden).to.equal(true);
    expect(doc.activeElement).to.equal(doc.getElementById('problems'));
    expect(await axeViolations(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('checks a feed file as the widgets do, pointing at the line of broken JSON', async () => {
    const frame = await openPage('/docs/feed-studio.html');
    const doc = frame.contentDocument!;
    const text = '{\n  "version": "1.0",\n  "title": "Broken",\n}\n';
    expect(await give(frame, [new File([text], 'broken.json')])).to.equal('broken.json: 1 problem to fix. No feed was made.');
    const [p] = problems(doc);
    expect(p!.text).to.match(/^line 4, column 1: /);
    expect(p!.help).to.equal('#help-json');
    expect(p!.helpExists).to.equal(true);
    await expectCleanPage(frame);
  });

  it('shows hostile text from a workbook as text, never as markup', async () => {
    const frame = await openPage('/docs/feed-studio.html');
    const doc = frame.contentDocument!;
    const sheets = await exampleCsv();
    const hostile = '<img src=x onerror="window.parent.studioPwned=1">';
    sheets.values = sheets.values!.replace(/^(eh-requests,[^,]+,,)[^,\r]+/m, `$1"${hostile.replace(/"/g, '""')}"`);
    expect(await give(frame, csvFiles(sheets))).to.equal('9 CSV files: 1 problem to fix. No feed was made.');
    expect(problems(doc)[0]!.text).to.contain(hostile);
    expect(doc.querySelector('#problem-list img')).to.equal(null);
    expect((window as Window & { studioPwned?: number }).studioPwned).to.equal(undefined);
    frame.remove();
  });

  it('says what to do with a file it cannot read, and with a mix of kinds', async () => {
    const frame = await openPage('/docs/feed-studio.html');
    expect(await give(frame, [new File(['x'], 'figures.xls')])).to.equal(
      'figures.xls is not an .xlsx workbook: open it in Excel and save it as "Excel Workbook (.xlsx)".',
    );
    expect(await give(frame, [new File(['not a zip'], 'figures.xlsx')])).to.equal(
      'It could not be read as an Excel workbook: it is not a ZIP archive (an .xlsx workbook is one).',
    );
    expect(await give(frame, [new File(['{}'], 'a.json'), new File(['id'], 'values.csv')])).to.equal(
      'Give one thing at a time: one workbook (.xlsx), or the CSV files of one workbook, or one feed (.json).',
    );
    await expectCleanPage(frame);
  });

  it('asks before previewing a feed too big to show at once, then shows it', async () => {
    const frame = await openPage('/docs/feed-studio.html');
    const doc = frame.contentDocument!;
    const long = 'A long definition. '.repeat(1400);
    const feed = {
      version: '1.0',
      title: 'A big feed',
      authority: { name: 'Test' },
      periods: [{ id: 'y1', label: '2024', end: '2024-03-31', kind: 'financial-year' }],
      indicators: Array.from({ length: 200 }, (_, i) => ({
        id: `i${i}`,
        title: `Indicator ${i}`,
        measure: 'how-well',
        unit: 'percent',
        polarity: 'none',
        definition: long,
        values: [i % 100],
      })),
    };
    const text = JSON.stringify(feed);
    expect(text.length).to.be.greaterThan(5_000_000);
    expect(await give(frame, [new File([text], 'big.json')])).to.equal('big.json: the feed is ready.');
    const previewFeed = doc.getElementById('preview-feed') as HTMLElement & { feed: unknown; loadState: { status: string } };
    expect(doc.getElementById('preview-ask')!.hidden).to.equal(false);
    expect(doc.getElementById('preview-widgets')!.hidden).to.equal(true);
    expect(previewFeed.feed).to.equal(undefined);
    expect(await axeViolations(frame)).to.deep.equal([]);
    const loaded = new Promise((r) => previewFeed.addEventListener('sc-feed-load', r, { once: true }));
    (doc.getElementById('preview-show') as HTMLButtonElement).click();
    await loaded;
    expect(doc.getElementById('preview-widgets')!.hidden).to.equal(false);
    expect(previewFeed.loadState.status).to.equal('ready');
    frame.remove();
  });
});
