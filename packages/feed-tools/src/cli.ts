// `npx scorecard-kit <command>`: validate a feed, compare two feeds, import a DfE Explore
// Education Statistics file, write any council's starter. Exit codes: 0 done (a usable feed), 1 the input has errors, 2 the
// command itself was wrong.
import { closeSync, existsSync, openAsBlob, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFeed, MEASURE_TYPES, POLARITIES, UNITS, type MeasureType, type Polarity, type Unit } from '@scorecard-kit/core/feed';
import { checkBoundaryFiles } from './boundaries.js';
import { buildFeedFrom, type BuildProgress, type BuildResult, type SheetSource } from './build.js';
import { diffFeeds, diffReport } from './diff.js';
import { importEes, neighboursFrom } from './ees.js';
import type { EesBreakdownImport, EesPopulation } from './ees-breakdown.js';
import { validationReport } from './report.js';
import { writeJson } from './json.js';
import { csvSheets, workbookSources } from './sources.js';
import { StarterError, writeStarter } from './starter/write.js';
import { WorkbookError } from './xlsx/workbook.js';
import { ZipError } from './xlsx/zip.js';

const USAGE = `Usage: scorecard-kit <command> [options]

  validate FEED.json [--json] [--strict]
      Checks a feed as the widgets do, and its local boundary files as the map reads them.
      Exit 0 when usable, 1 when it has errors (or warnings, with --strict).
  build --from WORKBOOK.xlsx | DIR_OF_CSV --out FEED.json [--quiet]
      A feed from the spreadsheet template: a workbook, or its sheets saved as CSV files (feed, periods,
      indicators, values, and optionally comparators, localities, boundaries, framework, questions).
      Every problem points at its cell ("values!D14"); nothing is written when there is one.
      Large sheets are streamed, with progress on stderr (--quiet leaves it out).
  diff OLD.json NEW.json [--json]
      What changed between two feeds: periods, indicators, revised figures, targets.
  import-ees FILE.csv --la CODE --value COLUMN --indicator ID --title TITLE --unit UNIT --polarity POLARITY
             [--measure how-much|how-well|so-what] [--filter COLUMN=VALUE]... [--comparators england,region,sn]
             [--sn STATISTICAL_NEIGHBOURS.csv] [--time-identifier "Reporting year"] [--out FEED.json]
             [--breakdown COLUMN --breakdown-label LABEL --service WORDS [--total Total] [--reference GROUP]
              [--population FILE.csv --population-value COLUMN --population-breakdown COLUMN
               [--population-filter COLUMN=VALUE]... [--group "GROUP=LABEL PREFIX"]...]]
      A DfE Explore Education Statistics CSV as a feed for one indicator: the authority, England, its
      region and its statistical neighbours, figures and marks as published. With --breakdown, a
      characteristics file (by ethnicity, sex or age): the total row is the figure and the other
      groups its breakdown, beside their population from a second file when one is given.
  starter --la CODE|NAME --out DIR
      Any English council's public figures, ready to put on a page: DIR gets feed.json (its headline
      DfE indicators beside England, its region and its ten statistical neighbours, every council as
      an area of the national map), index.html, and the files the page needs. CODE is the DfE code
      (335) or the ONS code (E08000030). Nothing is fetched from the network.`;

class UsageError extends Error {}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`);
  }
}

/** Writes a feed whole or not at all: into a file beside the output, renamed over it when complete. */
function writeFeed(path: string | undefined, feed: unknown): void {
  if (!path) {
    writeJson(feed, (chunk) => process.stdout.write(chunk));
    return;
  }
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeJson(feed, (chunk) => writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T {
  if (value === undefined) throw new UsageError(`--${name} is required: one of ${allowed.join(', ')}.`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} "${value}" is not one of ${allowed.join(', ')}.`);
  return value as T;
}

function validate(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, strict: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new UsageError('validate takes one feed file.');
  const file = positionals[0]!;
  const r = parseFeed(read(file));
  const maps = r.feed ? checkBoundaryFiles(r.feed, file) : { problems: [], unchecked: [] };
  const errors = [...r.errors, ...maps.problems.filter((p) => p.severity === 'error')];
  const warnings = [...r.warnings, ...maps.problems.filter((p) => p.severity === 'warning')];
  const failed = Boolean(errors.length || (values.strict && warnings.length));
  if (values.json) {
    console.log(JSON.stringify({ file, usable: !errors.length, errors, warnings, boundariesNotChecked: maps.unchecked }, null, 2));
  } else {
    console.log(validationReport(file, errors, warnings, r.feed ? { indicators: r.feed.indicators.size, periods: r.feed.periods.length } : undefined));
    for (const url of maps.unchecked) console.log(`Boundary file ${url} not checked: it is not a local file.`);
    if (values.strict && warnings.length && !errors.length) console.log('--strict: warnings count as errors.');
  }
  return failed ? 1 : 0;
}

/** Progress of a long build on stderr, at most once a second, so a million rows do not look hung. */
function progressReporter(): BuildProgress {
  const began = Date.now();
  let last = began;
  return ({ sheet, rows, fraction }) => {
    const now = Date.now();
    if (now - last < 1000 && fraction !== 1) return;
    if (fraction === 1 && now - began < 1000) return;
    last = now;
    const pct = fraction === undefined ? '' : ` (${Math.round(fraction * 100)}%)`;
    process.stderr.write(`${sheet}: ${rows.toLocaleString('en-GB')} rows read${pct}\n`);
  };
}

async function build(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' } } });
  if (!values.from) throw new UsageError('build needs --from: a workbook (.xlsx) or a folder of CSV files saved from the template.');
  if (!existsSync(values.from)) throw new UsageError(`--from ${values.from}: no such file or folder.`);
  let sheets: Record<string, SheetSource>;
  if (statSync(values.from).isDirectory()) {
    const files = readdirSync(values.from).filter((f) => extname(f).toLowerCase() === '.csv');
    const csv = csvSheets(await Promise.all(files.map(async (name) => ({ name, file: await openAsBlob(join(values.from!, name)) }))));
    if ('clash' in csv) {
      console.error(`${values.from}: ${csv.clash}`);
      return 1;
    }
    sheets = csv.sheets;
  } else if (/\.xlsx$/i.test(values.from)) {
    try {
      sheets = await workbookSources(await openAsBlob(values.from));
    } catch (e) {
      if (!(e instanceof WorkbookError)) throw e;
      console.error(`${values.from}: ${e.message}`);
      return 1;
    }
  } else throw new UsageError(`--from ${values.from} is neither a folder of CSV files nor an .xlsx workbook.`);
  let r: BuildResult;
  try {
    r = await buildFeedFrom(sheets, values.quiet ? undefined : progressReporter());
  } catch (e) {
    if (!(e instanceof WorkbookError) && !(e instanceof ZipError) && !(e instanceof TypeError)) throw e;
    // A damaged archive shows up as an inflate error part way through a sheet.
    console.error(`${values.from} could not be read to the end: ${e.message}`);
    return 1;
  }
  for (const p of r.problems) console.error(`${p.at}: ${p.message}`);
  for (const w of r.warnings) console.error(`warning at ${w.at}: ${w.message}`);
  if (!r.feed) {
    console.error(`Not built: ${r.problems.length} ${r.problems.length === 1 ? 'problem' : 'problems'} to fix first.`);
    return 1;
  }
  const check = parseFeed(r.feed);
  if (!check.feed || check.errors.length) {
    console.error(validationReport(values.out ?? 'the built feed', check.errors, check.warnings));
    return 1;
  }
  for (const w of check.warnings) console.error(`warning at ${w.path}: ${w.message}`);
  writeFeed(values.out, r.feed);
  if (values.out) console.error(`Wrote ${values.out}: ${check.feed.indicators.size} indicators, ${check.feed.periods.length} periods.`);
  return 0;
}

function diff(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length !== 2) throw new UsageError('diff takes two feed files: the old, then the new.');
  const feeds = positionals.map((f) => ({ f, r: parseFeed(read(f)) }));
  const broken = feeds.filter(({ r }) => !r.feed);
  if (broken.length) {
    for (const { f, r } of broken) console.log(validationReport(f, r.errors, r.warnings));
    return 1;
  }
  const d = diffFeeds(feeds[0]!.r.feed!, feeds[1]!.r.feed!);
  console.log(values.json ? JSON.stringify(d, null, 2) : diffReport(d));
  return 0;
}

function importEesCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      la: { type: 'string' },
      value: { type: 'string' },
      indicator: { type: 'string' },
      title: { type: 'string' },
      unit: { type: 'string' },
      polarity: { type: 'string' },
      measure: { type: 'string', default: 'how-much' },
      filter: { type: 'string', multiple: true },
      comparators: { type: 'string', default: 'england,region,sn' },
      sn: { type: 'string' },
      out: { type: 'string' },
      'time-identifier': { type: 'string' },
      breakdown: { type: 'string' },
      'breakdown-label': { type: 'string' },
      service: { type: 'string' },
      total: { type: 'string', default: 'Total' },
      reference: { type: 'string' },
      population: { type: 'string' },
      'population-value': { type: 'string' },
      'population-breakdown': { type: 'string' },
      'population-filter': { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
    },
  });
  if (positionals.length !== 1) throw new UsageError('import-ees takes one EES CSV file.');
  for (const name of ['la', 'value', 'indicator', 'title'] as const) if (!values[name]) throw new UsageError(`--${name} is required.`);
  const filters = pairs(values.filter, '--filter', 'COLUMN=VALUE');
  const comparators = values.comparators!.split(',').filter(Boolean);
  for (const c of comparators) if (!['england', 'region', 'sn'].includes(c)) throw new UsageError(`--comparators: "${c}" is not england, region or sn.`);
  if (comparators.includes('sn') && !values.sn)
    throw new UsageError("--comparators includes sn: give DfE's statistical-neighbour file with --sn (for example sn_model_2025_wide.csv).");
  const file = positionals[0]!;
  const neighbours = values.sn ? neighboursFrom(read(values.sn), values.la!) : [];
  if (values.sn && comparators.includes('sn') && !neighbours.length)
    throw new UsageError(`${values.sn} has no statistical neighbours for old_la_code "${values.la}".`);
  const r = importEes(read(file), {
    indicator: {
      id: values.indicator!,
      title: values.title!,
      unit: pick<Unit>(values.unit, UNITS, 'unit'),
      polarity: pick<Polarity>(values.polarity, POLARITIES, 'polarity'),
      measure: pick<MeasureType>(values.measure, MEASURE_TYPES, 'measure'),
    },
    la: values.la!,
    value: values.value!,
    filters,
    comparators: comparators as ('england' | 'region' | 'sn')[],
    neighbours,
    file: basename(file),
    timeIdentifier: values['time-identifier'],
    breakdown: breakdownOptions(values),
  });
  for (const p of r.problems) console.error(p.message);
  if (!r.feed) return 1;
  // The feed is checked by the same parser the widgets use before anything is written.
  const check = parseFeed(r.feed);
  if (!check.feed || check.errors.length) {
    console.error(validationReport(values.out ?? 'the imported feed', check.errors, check.warnings));
    return 1;
  }
  writeFeed(values.out, r.feed);
  if (values.out) console.error(`Wrote ${values.out}: ${check.feed.periods.length} periods, ${check.feed.comparators.size} comparators.`);
  return 0;
}

/** `--filter a=b --filter c=d` as { a: "b", c: "d" }. */
function pairs(given: string[] | undefined, flag: string, shape: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of given ?? []) {
    const at = f.indexOf('=');
    if (at < 1) throw new UsageError(`${flag} "${f}" should be ${shape}.`);
    out[f.slice(0, at)] = f.slice(at + 1);
  }
  return out;
}

/** import-ees's breakdown options, checked: each is needed with the others of its line in the usage. */
function breakdownOptions(v: Record<string, string | boolean | (string | boolean)[] | undefined>): EesBreakdownImport | undefined {
  const text = (name: string) => v[name] as string | undefined;
  const list = (name: string) => v[name] as string[] | undefined;
  if (!text('breakdown')) {
    const stray = ['breakdown-label', 'service', 'reference', 'population', 'group'].find((n) => v[n] !== undefined);
    if (stray) throw new UsageError(`--${stray} is for a breakdown: give the column naming its groups with --breakdown.`);
    return undefined;
  }
  for (const name of ['breakdown-label', 'service']) if (!text(name)) throw new UsageError(`--breakdown needs --${name}.`);
  let population: EesPopulation | undefined;
  const file = text('population');
  if (file) {
    for (const name of ['population-value', 'population-breakdown']) if (!text(name)) throw new UsageError(`--population needs --${name}.`);
    population = {
      csv: read(file),
      file: basename(file),
      value: text('population-value')!,
      column: text('population-breakdown')!,
      filters: pairs(list('population-filter'), '--population-filter', 'COLUMN=VALUE'),
      groups: pairs(list('group'), '--group', 'GROUP=LABEL PREFIX'),
    };
  }
  return {
    column: text('breakdown')!,
    label: text('breakdown-label')!,
    service: text('service')!,
    total: text('total')!,
    reference: text('reference'),
    population,
  };
}

function starter(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { la: { type: 'string' }, out: { type: 'string' } } });
  if (positionals.length) throw new UsageError(`starter takes no file names: "${positionals[0]}".`);
  if (values.la === undefined) throw new UsageError('--la is required: the DfE code (335), the ONS code (E08000030) or the name of a council.');
  if (values.out === undefined) throw new UsageError('--out is required: the folder to write the feed and its page into.');
  try {
    const r = writeStarter(values.la, values.out);
    console.log(`${r.council}: wrote ${r.files.join(', ')} to ${values.out}. Serve the folder from any web server and open index.html.`);
    return 0;
  } catch (e) {
    // A council not found is a usage error: its message names the nearest councils.
    if (e instanceof StarterError) throw new UsageError(e.message);
    throw e;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return validate(rest);
      case 'diff':
        return diff(rest);
      case 'build':
        return await build(rest);
      case 'import-ees':
        return importEesCommand(rest);
      case 'starter':
        return starter(rest);
      case undefined:
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
