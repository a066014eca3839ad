// One `scorecard-kit build`, alone in its process so that its peak memory is its own. Prints one
// JSON line: the time taken, the peak resident memory and the size of the feed written.
import { statSync } from 'node:fs';
import { main } from '../packages/feed-tools/src/cli.js';

const [from, out] = process.argv.slice(2);
const t = performance.now();
const code = await main(['build', '--from', from!, '--out', out!, '--quiet']);
const ms = performance.now() - t;
console.log(JSON.stringify({ code, ms, peakMB: process.resourceUsage().maxRSS / 1024, outMB: code === 0 ? statSync(out!).size / 1e6 : 0 }));
