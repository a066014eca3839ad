// parseFeed and quickParse (which <sc-feed> runs first) against JSON.parse on one feed file, alone
// in a plain Node process: the code as it ships (the package's built files, as a page or the CLI
// runs them), not the TypeScript sources through tsx, whose helpers would be timed too. Prints one
// JSON line of every run's times.
import { readFileSync } from 'node:fs';
import { parseFeed, quickParse } from '@scorecard-kit/core/feed';

const [file, runs] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const check = parseFeed(text);
if (!check.feed || check.warnings.length) throw new Error(`benchmark feed is not clean: ${check.errors[0]?.message ?? check.warnings[0]?.message}`);
if (!quickParse(text)) throw new Error('the quick reader refuses the benchmark feed');
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
// Interleaved, after a warm-up, so that both see the same machine state.
for (let i = 0; i < 3; i++) {
  JSON.parse(text);
  parseFeed(text);
  quickParse(text);
}
const json = [];
const parse = [];
const quick = [];
// The two readers take turns to go first, so that neither always pays for the garbage the other left.
for (let i = 0; i < Number(runs); i++) {
  json.push(time(() => JSON.parse(text)));
  const readers = [() => parse.push(time(() => parseFeed(text))), () => quick.push(time(() => quickParse(text)))];
  for (const read of i % 2 ? readers.reverse() : readers) read();
}
console.log(JSON.stringify({ json, parse, quick, mb: text.length / 1e6 }));
