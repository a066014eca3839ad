// `npm run bench`: figures the issues name, measured side by side in one run and printed with
// their target and the named peer. Run on an otherwise idle machine; each figure is the median of
// at least 7 runs after a warm-up. `npm run bench -- --check` exits 1 when a target is missed (not
// part of npm test: figures on a shared machine are noisy).
import { parseFeed } from '@scorecard-kit/core/feed';
import { generateFeed } from './feed-gen.js';
import { benchTiles } from './tiles.js';
import { benchTree } from './tree.js';
import { benchMap } from './map.js';
import { benchBuild } from './feed-build.js';
import { benchStarter } from './starter.js';
import { benchBoard } from './board.js';
import { figure, median, summary } from './figures.js';
// @ts-expect-error: a plain ES module script without types
import { measureSizes, printSizes } from '../scripts/size.mjs';

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function benchParse() {
  const text = JSON.stringify(generateFeed(150, 300, 20));
  const check = parseFeed(text);
  if (!check.feed || check.warnings.length) throw new Error(`benchmark feed is not clean: ${check.errors[0]?.message ?? check.warnings[0]?.message}`);
  const json: number[] = [];
  const parse: number[] = [];
  // Interleaved, after a warm-up, so that both see the same machine state.
  for (let i = 0; i < 3; i++) {
    JSON.parse(text);
    parseFeed(text);
  }
  for (let i = 0; i < 15; i++) {
    json.push(time(() => JSON.parse(text)));
    parse.push(time(() => parseFeed(text)));
  }
  const j = median(json);
  const p = median(parse);
  console.log(`parseFeed on a ${(text.length / 1e6).toFixed(1)} MB feed (150 areas × 300 indicators × 20 periods)`);
  figure({
    what: 'parseFeed ÷ JSON.parse',
    value: p / j,
    unit: '×',
    target: 2,
    meets: 'at-most',
    peer: `JSON.parse ${j.toFixed(1)} ms, parseFeed ${p.toFixed(1)} ms`,
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
// The size figure the foundation issue names, printed beside the speed figure (npm run size has the rest).
const sizes = await measureSizes().catch((e: Error) => (console.log(`size: ${e.message}`), []));
if (sizes.length) printSizes(sizes.filter((s: { name: string }) => !s.name.startsWith('tiles')));
const missed = summary();
if (check && missed) {
  console.log(`--check: ${missed} target${missed === 1 ? '' : 's'} missed.`);
  process.exitCode = 1;
}
