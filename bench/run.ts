// `npm run bench`: figures the issues name, measured side by side in one run and printed with
// their ratio to the named peer. Run on an otherwise idle machine; each figure is a median.
import { parseFeed } from '@scorecard-kit/core/feed';
import { generateFeed } from './feed-gen.js';
import { benchTiles } from './tiles.js';
import { benchTree } from './tree.js';
import { benchMap } from './map.js';
import { benchBuild } from './feed-build.js';
import { benchStarter } from './starter.js';
// @ts-expect-error: a plain ES module script without types
import { measureSizes, printSizes } from '../scripts/size.mjs';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

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
  console.log(`  JSON.parse ${j.toFixed(1)} ms   parseFeed ${p.toFixed(1)} ms   ratio ${(p / j).toFixed(2)}× (target ≤ 2×)`);
}

benchParse();
await benchTiles();
await benchTree();
await benchMap();
benchBuild();
await benchStarter();
// The size figure the foundation issue names, printed beside the speed figure (npm run size has the rest).
const sizes = await measureSizes().catch((e: Error) => (console.log(`size: ${e.message}`), []));
if (sizes.length) printSizes(sizes.filter((s: { name: string }) => !s.name.startsWith('tiles')));
