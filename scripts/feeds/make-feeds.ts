// `npm run feeds` (npx tsx --conditions=source scripts/feeds/make-feeds.ts): writes the four sample
// feeds in docs/feeds from the seeds (transcribed in the modules beside this one, each saying which
// seed and section) and the public data copied into data/ (see data/README.md).
//
// Each feed is checked with the kit's own parser before it is written: any error or warning stops
// the run (exit code 1) with the problems printed. The output is the same on every run: no clock,
// no randomness that is not seeded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../packages/core/src/feed/index.js';
import { toCsv } from '../../packages/core/src/rules/index.js';
import { feedToSheets } from '../../packages/feed-tools/src/export.js';
import { SHEETS } from '../../packages/feed-tools/src/sheets.js';
import { auditToolFeed } from './audit-tool.js';
import { englandFeed } from './england.js';
import { REPO_ROOT } from './dfe.js';
import { localOfferFeed } from './local-offer.js';
import { scorecard2013Feed } from './scorecard-2013.js';
import { scorecard2016Feed } from './scorecard-2016.js';
import { wr4cFeed } from './wr4c.js';
import { sheetsToWorkbook } from './workbook.js';

const FEEDS: [string, () => object][] = [
  ['wr4c', wr4cFeed],
  ['scorecard-2013', scorecard2013Feed],
  ['scorecard-2016-q3', scorecard2016Feed],
  ['local-offer-send', localOfferFeed],
  ['case-file-audit', auditToolFeed],
  ['england-councils', englandFeed],
];

/** The feed as written: pretty-printed JSON, 2-space indent, a newline at the end. */
function feedText(make: () => object): string {
  return `${JSON.stringify({ $schema: '../feed.schema.json', ...make() }, null, 2)}\n`;
}

const outDir = join(REPO_ROOT, 'docs', 'feeds');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const [name, make] of FEEDS) {
  const file = `docs/feeds/${name}.json`;
  let text: string;
  try {
    text = feedText(make);
  } catch (e) {
    console.error(`${file}: could not be made: ${e instanceof Error ? e.message : String(e)}`);
    failed = true;
    continue;
  }
  const r = parseFeed(text);
  for (const p of [...r.errors, ...r.warnings]) console.error(`${file}: ${p.severity} at ${p.path || '(top)'}: ${p.message}`);
  if (!r.feed || r.errors.length || r.warnings.length) {
    console.error(`${file}: not written (${r.errors.length} errors, ${r.warnings.length} warnings)`);
    failed = true;
    continue;
  }
  writeFileSync(join(outDir, `${name}.json`), text);
  const f = r.feed;
  console.log(
    `${file}: ${f.indicators.size} indicators, ${f.periods.length} periods, ${f.nodes.size} framework nodes, ${f.questions.size} questions, ${f.checklists.size} checklists, ${f.localities.size} localities`,
  );
}
// The spreadsheet template (headers only) and a filled example made from the WR4C feed, beside
// the command that reads them (packages/feed-tools/template).
if (!failed) {
  const templateDir = join(REPO_ROOT, 'packages', 'feed-tools', 'template');
  mkdirSync(join(templateDir, 'example-wr4c'), { recursive: true });
  for (const [name, columns] of Object.entries(SHEETS)) writeFileSync(join(templateDir, `${name}.csv`), toCsv([[...columns]]));
  const wr4c = parseFeed(readFileSync(join(outDir, 'wr4c.json'), 'utf8')).feed!;
  const example = feedToSheets(wr4c);
  for (const [name, text] of Object.entries(example)) writeFileSync(join(templateDir, 'example-wr4c', `${name}.csv`), text);
  writeFileSync(
    join(templateDir, 'template.xlsx'),
    sheetsToWorkbook(Object.fromEntries(Object.entries(SHEETS).map(([name, columns]) => [name, toCsv([[...columns]])]))),
  );
  writeFileSync(join(templateDir, 'example-wr4c.xlsx'), sheetsToWorkbook(example));
  console.log('packages/feed-tools/template: the empty template and example-wr4c/, each also as a workbook (.xlsx)');
}
if (failed) process.exit(1);
