// `npm run bench`: figures the issues name, measured side by side in one run and printed with
// their target and the named peer. Run on an otherwise idle machine; each figure is the median of
// at least 7 runs after a warm-up. `npm run bench -- --check` exits 1 when a target is missed (not
// part of npm test: figures on a shared machine are noisy).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFeed } from './feed-gen.js';
import { benchTiles } from './tiles.js';
import { benchTree } from './tree.js';
import { benchMap } from './map.js';
import { benchBuild } from './feed-build.js';
import { benchStarter } from './starter.js';
import { benchBoard } from './board.js';
import { figure, median, RUNS, summary } from './figures.js';
// @ts-expect-error: a plain ES module script without types
import { gatedSizes, gateLine, printPeers } from '../scripts/size.mjs';

/** parseFeed and quickParse against JSON.parse, in a process of its own running the built package (bench/parse-child.mjs). */
function benchParse() {
  const dir = mkdtempSync(join(tmpdir(), 'parse-bench-'));
  const file = join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(generateFeed(150, 300, 20)));
  const child = spawnSync(process.execPath, ['bench/parse-child.mjs', file, String(2 * RUNS + 1)], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`parse bench failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { json: number[]; parse: number[]; quick: number[]; mb: number };
  const j = median(r.json);
  const p = median(r.parse);
  const q = median(r.quick);
  console.log(`parseFeed on a ${r.mb.toFixed(1)} MB feed (150 areas × 300 indicators × 20 periods; the built package, in plain Node)`);
  figure({
    what: 'parseFeed ÷ JSON.parse',
    value: p / j,
    unit: '×',
    target: 2,
    meets: 'at-most',
    peer: `JSON.parse ${j.toFixed(1)} ms, parseFeed ${p.toFixed(1)} ms`,
  });
  figure({
    what: 'quickParse ÷ JSON.parse (what <sc-feed> runs for a feed without problems)',
    value: q / j,
    unit: '×',
    target: 2,
    meets: 'at-most',
    peer: `JSON.parse ${j.toFixed(1)} ms, quickParse ${q.toFixed(1)} ms`,
  });
}

const check = process.argv.includes('--check');

benchParse();
await benchTiles();
await benchTree();
await benchMap();
benchBuild();
await benchBoard();
await benchStarter();
// The sizes gated in npm test, beside the speed figures, and the peers (npm run size has the rest).
const gated = await gatedSizes().catch((e: Error) => (console.log(`size: ${e.message}`), []));
if (gated.length) {
  console.log('size of what a page downloads (gzipped)');
  for (const s of gated) console.log(gateLine(s));
  printPeers(gated[0].gz);
}
const missed = summary();
if (check && missed) {
  console.log(`--check: ${missed} target${missed === 1 ? '' : 's'} missed.`);
  process.exitCode = 1;
}
