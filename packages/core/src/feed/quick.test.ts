// The quick reader the widgets try first must never say yes where parseFeed would find a problem,
// and must give the very feed parseFeed gives when it says yes. Checked on every sample and
// fixture feed, on the bad-feed corpus, on each shape against valibot, and on feeds made at random.
// The full checks parseFeed words problems with (full-shapes.ts) must find what valibot finds:
// the same issues, in the same order, and the same value where there are none.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import * as v from 'valibot';
import { parseFeed } from './parse.js';
import { quickParse, readFeed } from './quick.js';
import { QUICK_SHAPES } from './quick-shapes.js';
import { FULL_SHAPES } from './full-shapes.js';
import type { Issue } from './full-check.js';
import { SHAPES, type ShapeName } from './shapes.js';
import { QUICK_SHAPES_FILE, quickShapesFile } from '../../../../scripts/quick-shapes.js';
import { FULL_SHAPES_FILE, fullShapesFile } from '../../../../scripts/full-shapes.js';

const read = (file: string) => readFileSync(file, 'utf8');
const jsonIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .map((f) => `${dir}/${f}`);

/** quickParse's answer, checked against parseFeed's: null, or the same feed with no problem. */
function agrees(input: unknown): boolean {
  const quick = quickParse(input);
  const full = parseFeed(input);
  if (quick) {
    assert.deepEqual([...full.errors, ...full.warnings], [], 'the quick reader said yes to a feed with problems');
    assert.deepStrictEqual(quick, full.feed);
  }
  return quick !== null;
}

describe('the quick reader', () => {
  it('is generated from the shapes (run `npm run schema` after changing them)', async () => {
    assert.equal(read(QUICK_SHAPES_FILE), await quickShapesFile());
    assert.equal(read(FULL_SHAPES_FILE), await fullShapesFile());
  });

  for (const file of [...jsonIn('docs/feeds'), ...jsonIn('test/fixtures/feeds')]) {
    it(`reads ${file} as parseFeed does`, () => {
      const text = read(file);
      const clean = parseFeed(text);
      const quick = agrees(text);
      // Every feed without a problem is read quickly: none of the samples needs the full reader.
      assert.equal(quick, clean.errors.length + clean.warnings.length === 0);
    });
  }

  it('leaves every feed of the bad-feed corpus to parseFeed', () => {
    const expected: Record<string, unknown[]> = JSON.parse(read('test/fixtures/bad-feeds/expected.json'));
    for (const [file, problems] of Object.entries(expected)) if (problems.length) assert.equal(quickParse(read(`test/fixtures/bad-feeds/${file}`)), null, file);
  });

  it('gives up on text that is not JSON, and on what is not a feed', () => {
    for (const x of ['', '<html>', '{"version": "1.0",', '\ufeff', 42, null, [], 'null']) assert.equal(quickParse(x), null);
  });

  it('reads a byte-order mark as parseFeed does', () => {
    const text = read('test/fixtures/feeds/minimal.json');
    assert.ok(agrees(`\ufeff${text}`));
  });

  it('hands a feed with a problem to parseFeed, whose words come back', async () => {
    const r = await readFeed('{"version": "2.0"}');
    assert.equal(r.feed, null);
    assert.equal(r.errors[0]?.code, 'version-future');
    assert.match(r.errors[0]!.message, /newer than this copy of Scorecard Kit/);
  });

  // Every object the sample feeds hold, by the shape that checks it, to make near misses from.
  const samples = new Map<ShapeName, unknown[]>();
  const add = (shape: ShapeName, xs: unknown) => {
    if (Array.isArray(xs)) samples.set(shape, [...(samples.get(shape) ?? []), ...xs]);
  };
  for (const file of jsonIn('docs/feeds')) {
    const f = JSON.parse(read(file));
    if (!f.qaScale) f.qaScale = [{ value: 'met', label: 'Met' }];
    add('feed', [f]);
    for (const [shape, key] of [
      ['period', 'periods'],
      ['comparator', 'comparators'],
      ['locality', 'localities'],
      ['boundary', 'boundaries'],
      ['question', 'questions'],
      ['checklist', 'checklists'],
      ['scaleOption', 'qaScale'],
      ['indicator', 'indicators'],
      ['node', 'framework'],
    ] as const)
      add(shape, f[key]);
    for (const ind of f.indicators ?? []) {
      add('target', ind.targets);
      add('link', ind.links);
      add('commentary', ind.commentary);
      add('breakdown', ind.breakdowns);
      if (Array.isArray(ind.values) && typeof ind.values[0] === 'object') add('value', ind.values);
    }
    const nodes = (list: unknown[]): unknown[] => list.flatMap((n) => [n, ...nodes((n as { children?: unknown[] }).children ?? [])]);
    for (const n of nodes(f.framework ?? [])) add('nodeIndicator', (n as { indicators?: unknown }).indicators);
  }

  it('has samples of every shape', () => {
    assert.deepEqual(
      Object.keys(SHAPES).filter((k) => !samples.get(k as ShapeName)?.length),
      [],
    );
  });

  /** A copy of `x` with the value at one path replaced, or its key removed. */
  const nearMiss = (x: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown => {
    if (!path.length || typeof x !== 'object' || x === null) return value;
    const copy = (Array.isArray(x) ? [...(x as unknown[])] : { ...x }) as Record<string, unknown>;
    const [head, ...rest] = path;
    const keys = Object.keys(copy);
    const key = typeof head === 'number' ? keys[head % Math.max(1, keys.length)] : head;
    if (key === undefined) return copy;
    if (remove && !rest.length) {
      if (Array.isArray(copy)) copy.splice(Number(key), 1);
      else delete copy[key];
    } else copy[key] = nearMiss(copy[key], rest, value, remove);
    return copy;
  };

  /** A valibot issue as the full checks give it: where, what was there, and the words or the kind asked for. */
  const asIssue = (issue: v.BaseIssue<unknown>): Issue => ({
    path: (issue.path ?? []).map((p) => (p as { key: string | number }).key),
    input: issue.input,
    schema: issue.kind === 'schema',
    ...(issue.message.startsWith('Invalid ') ? { expected: issue.expected ?? undefined } : { message: issue.message }),
  });

  for (const shape of Object.keys(SHAPES) as ShapeName[]) {
    it(`checks the ${shape} shape as valibot does`, () => {
      const list = samples.get(shape)!;
      fc.assert(
        fc.property(
          fc.nat(list.length - 1),
          fc.array(fc.nat(40), { minLength: 0, maxLength: 3 }),
          fc.oneof(fc.anything(), fc.string(), fc.double(), fc.constantFrom('', ' ', 'a b', '2024-13-01', 'http://x', 'javascript:x', 'c', 'england')),
          fc.boolean(),
          (i, path, value, remove) => {
            const x = nearMiss(list[i], path, value, remove);
            const quick = QUICK_SHAPES[shape](x);
            const full = v.safeParse(SHAPES[shape], x);
            // Yes only where valibot says yes; where valibot says yes and drops nothing, yes too.
            if (quick) assert.ok(full.success, `valibot refuses what the quick check takes: ${JSON.stringify(x)}`);
            else if (full.success) assert.notDeepStrictEqual(full.output, x, `the quick check refuses what valibot takes whole: ${JSON.stringify(x)}`);
            const issues: Issue[] = [];
            const [, output] = FULL_SHAPES[shape](x, [], issues);
            assert.deepStrictEqual(issues, full.success ? [] : full.issues.map(asIssue), JSON.stringify(x));
            if (full.success) assert.deepStrictEqual(output, full.output);
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('agrees with parseFeed on whole feeds with one thing changed', () => {
    const feeds = jsonIn('docs/feeds').map((f) => JSON.parse(read(f)));
    fc.assert(
      fc.property(
        fc.nat(feeds.length - 1),
        fc.array(fc.nat(60), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.anything(), fc.constantFrom(null, 'c', 'p1', '2021-22', 0, -1, Infinity)),
        fc.boolean(),
        (i, path, value, remove) => {
          agrees(nearMiss(feeds[i], path, value, remove));
        },
      ),
      { numRuns: 200 },
    );
  });
});
