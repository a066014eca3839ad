// The feed tools' scale figures (issue #9): `scorecard-kit build` from values sheets of 100,000 and
// 1,000,000 rows, as CSV files and as an .xlsx workbook, each run in a fresh process. Time should
// grow linearly (the million at most 12× the hundred thousand) and memory with the feed written,
// not with the rows read.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from './xlsx-file.js';

const PERIODS = 20;
const AREAS = 50;

/** The template's sheets for `indicators` indicators × 20 periods × 50 areas (the authority and 49 localities). */
function sheets(indicators: number): Record<string, (string | number)[][] | Iterable<(string | number)[]>> {
  const periods = Array.from({ length: PERIODS }, (_, i) => [
    `q${i}`,
    `Q${i}`,
    `${2015 + Math.floor(i / 4)}-${String((i % 4) * 3 + 3).padStart(2, '0')}-${['31', '30', '30', '31'][i % 4]}`,
    'quarter',
  ]);
  const localities = Array.from({ length: AREAS - 1 }, (_, i) => [`loc${i}`, `Locality ${i}`, 'ward']);
  const inds = Array.from({ length: indicators }, (_, i) => [
    `ind${i}`,
    `Indicator ${i}`,
    'how-well',
    'percent',
    i % 2 ? 'bigger-is-better' : 'smaller-is-better',
  ]);
  function* values(): Generator<(string | number)[]> {
    yield ['indicator', 'period', 'area', 'value', 'numerator', 'denominator'];
    for (let i = 0; i < indicators; i++)
      for (let a = 0; a < AREAS; a++)
        for (let p = 0; p < PERIODS; p++) {
          const d = 200 + ((i * 31 + a * 7 + p) % 300);
          const n = (i * 13 + a * 5 + p * 3) % d;
          yield [`ind${i}`, `q${p}`, a ? `loc${a - 1}` : '', Math.round((n / d) * 1000) / 10, n, d];
        }
  }
  return {
    feed: [
      ['key', 'value'],
      ['title', 'Benchmark'],
      ['authority', 'Walsall'],
    ],
    periods: [['id', 'label', 'end', 'kind'], ...periods],
    localities: [['id', 'name', 'level'], ...localities],
    indicators: [['id', 'title', 'measure', 'unit', 'polarity'], ...inds],
    values: { [Symbol.iterator]: values },
  };
}

const csvField = (c: string | number) => (typeof c === 'number' ? String(c) : /[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

function writeCsvDir(dir: string, s: ReturnType<typeof sheets>) {
  mkdirSync(dir, { recursive: true });
  for (const [name, rows] of Object.entries(s)) {
    const lines: string[] = [];
    for (const r of rows) lines.push(r.map(csvField).join(','));
    writeFileSync(join(dir, `${name}.csv`), `${lines.join('\r\n')}\r\n`);
  }
}

interface Run {
  code: number;
  ms: number;
  peakMB: number;
  outMB: number;
}

function build(from: string, out: string): Run {
  const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'bench/build-child.ts', from, out], {
    encoding: 'utf8',
    maxBuffer: 1e7,
  });
  const run = JSON.parse(child.stdout.trim().split('\n').pop() || '{"code":-1}') as Run;
  if (run.code !== 0) throw new Error(`build --from ${from} failed (exit code ${run.code}): ${child.stderr.slice(0, 2000)}`);
  return run;
}

export function benchBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-build-'));
  try {
    console.log(`scorecard-kit build: values sheets in long form (indicators × ${PERIODS} periods × ${AREAS} areas), each build in a fresh process`);
    const runs: Record<string, Run> = {};
    for (const [rows, indicators] of [
      [100_000, 100],
      [1_000_000, 1000],
    ] as const) {
      const s = sheets(indicators);
      writeCsvDir(join(dir, `csv-${rows}`), s);
      writeXlsx(join(dir, `book-${rows}.xlsx`), s);
      for (const kind of ['csv', 'xlsx']) {
        const from = kind === 'csv' ? join(dir, `csv-${rows}`) : join(dir, `book-${rows}.xlsx`);
        const r = build(from, join(dir, `out-${kind}-${rows}.json`));
        runs[`${kind}-${rows}`] = r;
        console.log(
          `  ${rows.toLocaleString('en-GB').padStart(9)} rows from ${kind.padEnd(4)}  ${(r.ms / 1000).toFixed(1).padStart(5)} s   peak memory ${r.peakMB.toFixed(0).padStart(5)} MB   feed written ${r.outMB.toFixed(0)} MB`,
        );
      }
    }
    for (const kind of ['csv', 'xlsx']) {
      const small = runs[`${kind}-100000`]!;
      const big = runs[`${kind}-1000000`]!;
      console.log(
        `  ${kind}: 10× the rows took ${(big.ms / small.ms).toFixed(1)}× the time (target ≤ 12×) and ${(big.peakMB / small.peakMB).toFixed(1)}× the memory; peak memory is ${(big.peakMB / big.outMB).toFixed(1)}× the feed written`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
