// `npm run feeds`: writes the sample feeds in docs/feeds from the seeds (transcribed in the
// modules beside this one) and the public data in ../shared/data (SHARED_DIR to point elsewhere).
// Each feed must parse with no error and no warning; the output is the same on every run.
import { writeFileSync } from 'node:fs';
import { parseFeed } from '../../packages/core/src/feed/index.js';
import { auditToolFeed } from './audit-tool.js';
import { localOfferFeed } from './local-offer.js';
import { scorecard2013Feed } from './scorecard-2013.js';
import { wr4cFeed } from './wr4c.js';

const FEEDS: [string, () => object][] = [
  ['wr4c', wr4cFeed],
  ['scorecard-2013', scorecard2013Feed],
  ['local-offer-send', localOfferFeed],
  ['case-file-audit', auditToolFeed],
];

let failed = false;
for (const [name, make] of FEEDS) {
  const feed = { $schema: '../feed.schema.json', ...make() };
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  const r = parseFeed(text);
  for (const p of [...r.errors, ...r.warnings]) console.error(`${name}: ${p.severity} ${p.path}: ${p.message}`);
  if (!r.feed || r.warnings.length) {
    failed = true;
    continue;
  }
  writeFileSync(`docs/feeds/${name}.json`, text);
  const f = r.feed;
  console.log(
    `docs/feeds/${name}.json: ${f.indicators.size} indicators, ${f.periods.length} periods, ${f.nodes.size} framework nodes, ${f.questions.size} questions, ${f.checklists.size} checklists, ${f.localities.size} localities`,
  );
}
if (failed) process.exit(1);
