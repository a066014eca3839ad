// The feed studio's worker: reads the files dropped on the page, builds or checks the feed with
// the command line's own code, and reports progress, so that a big workbook never freezes the page.
import { parseFeed, type FeedData, type FeedInput, type Problem } from '@scorecard-kit/core/feed';
import { mergeFeeds } from '../starter/merge.js';
import { buildFeedFrom, type SheetProblem, type SheetSource } from '../build.js';
import { jsonText } from '../json.js';
import { csvSheets, workbookSources } from '../sources.js';
import { WorkbookError } from '../xlsx/workbook.js';
import type { FromWorker, StudioProblem, ToWorker } from './protocol.js';

const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);

const fromSheet = (p: SheetProblem): StudioProblem => ({
  at: p.at,
  message: p.message,
  help: p.sheet ? `help-${p.sheet}${p.column ? `-${p.column}` : ''}` : 'help-sheets',
});
const fromFeed = (p: Problem): StudioProblem => ({
  at: p.line ? `line ${p.line}, column ${p.column}` : p.path || 'the feed',
  message: p.message,
  help: 'help-json',
});

function counts(feed: FeedData) {
  let figures = 0;
  for (const ind of feed.indicators.values()) {
    figures += ind.values.observations().length;
    for (const s of ind.comparators.values()) figures += s.observations().length;
    for (const s of ind.localities.values()) figures += s.observations().length;
  }
  return { indicators: feed.indicators.size, periods: feed.periods.length, figures };
}

function breakdowns(feed: FeedData) {
  return [...feed.indicators.values()].flatMap((ind) => ind.breakdowns.map((b) => ({ indicator: ind.id, breakdown: b.id })));
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

async function read(files: File[], base: string | undefined): Promise<FromWorker> {
  const kind = (f: File) => /\.(xlsx|csv|json)$/i.exec(f.name)?.[1]?.toLowerCase();
  const unknown = files.filter((f) => !kind(f));
  const books = files.filter((f) => kind(f) === 'xlsx');
  const csvs = files.filter((f) => kind(f) === 'csv');
  const feeds = files.filter((f) => kind(f) === 'json');
  if (!files.length)
    return { type: 'failed', message: 'No file was given. Choose a workbook (.xlsx), the CSV files saved from the template, or a feed (.json).' };
  if (unknown.length && !books.length && !csvs.length && !feeds.length) {
    const xls = unknown.find((f) => /\.(xls|ods|numbers)$/i.test(f.name));
    return {
      type: 'failed',
      message: xls
        ? `${xls.name} is not an .xlsx workbook: open it in Excel and save it as "Excel Workbook (.xlsx)".`
        : `${unknown[0]!.name} is not a workbook (.xlsx), a CSV file or a feed (.json).`,
    };
  }
  if ([books.length > 0, csvs.length > 0, feeds.length > 0].filter(Boolean).length > 1 || books.length > 1 || feeds.length > 1) {
    return { type: 'failed', message: 'Give one thing at a time: one workbook (.xlsx), or the CSV files of one workbook, or one feed (.json).' };
  }

  if (feeds.length) {
    const text = await feeds[0]!.text();
    const r = parseFeed(text);
    return {
      type: 'done',
      read: feeds[0]!.name,
      errors: r.errors.map(fromFeed),
      warnings: r.warnings.map(fromFeed),
      json: r.feed ? text : null,
      counts: r.feed ? counts(r.feed) : null,
      breakdowns: r.feed ? breakdowns(r.feed) : [],
    };
  }

  let sheets: Record<string, SheetSource>;
  let what: string;
  if (books.length) {
    sheets = await workbookSources(books[0]!);
    what = books[0]!.name;
  } else {
    const csv = csvSheets(csvs.map((f) => ({ name: f.webkitRelativePath || f.name, file: f })));
    if ('clash' in csv) return { type: 'failed', message: `${csv.clash} Give the CSV files of one workbook.` };
    sheets = csv.sheets;
    what = plural(csvs.length, 'CSV file');
  }
  let last = 0;
  const built = await buildFeedFrom(sheets, (p) => {
    const now = Date.now();
    if (now - last < 100 && p.fraction !== 1) return;
    last = now;
    post({ type: 'progress', ...p });
  });
  const sheetWarnings = built.warnings.map(fromSheet);
  if (!built.feed) return { type: 'done', read: what, errors: built.problems.map(fromSheet), warnings: sheetWarnings, json: null, counts: null };
  // Begun from a council's public figures: the workbook's indicators are added to them.
  const merged = base ? mergeFeeds(JSON.parse(base) as FeedInput, built.feed) : { feed: built.feed, notes: [] };
  const check = parseFeed(merged.feed);
  return {
    type: 'done',
    read: what,
    errors: check.errors.map(fromFeed),
    warnings: [...sheetWarnings, ...check.warnings.map(fromFeed)],
    json: check.feed ? jsonText(merged.feed) : null,
    counts: check.feed ? counts(check.feed) : null,
    breakdowns: check.feed ? breakdowns(check.feed) : [],
    notes: merged.notes,
  };
}

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  read(e.data.files, e.data.base).then(post, (err: unknown) => {
    const message = err instanceof WorkbookError ? err.message : `The files could not be read to the end: ${(err as Error).message ?? String(err)}`;
    post({ type: 'failed', message });
  });
});
