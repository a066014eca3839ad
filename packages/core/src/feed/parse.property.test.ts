// Property tests: whatever it is given, parseFeed never throws, never reports an internal fault,
// and never lets a string through as markup: strings come back exactly as written (to be shown
// as text), and a link is only ever http or https.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from './parse.js';
import { UNITS, POLARITIES, MEASURE_TYPES, MARKS } from './schema.js';

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'constructor',
  '\u202e\u0000',
);
const text = fc.oneof(fc.string(), hostile);
const figure = fc.oneof(fc.double(), fc.constant(null), fc.constantFrom(...MARKS), text, fc.integer());
const periodIds = ['p1', 'p2', 'p3'];

const indicator = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), text),
    title: text,
    measure: fc.oneof(fc.constantFrom(...MEASURE_TYPES), text),
    unit: fc.oneof(fc.constantFrom(...UNITS), text),
    polarity: fc.oneof(fc.constantFrom(...POLARITIES), text),
    values: fc.oneof(
      fc.array(figure, { maxLength: 5 }),
      fc.array(fc.record({ period: fc.oneof(fc.constantFrom(...periodIds), text), value: figure }, { requiredKeys: [] }), { maxLength: 5 }),
      fc.anything(),
    ),
    links: fc.array(fc.record({ label: text, url: fc.oneof(fc.webUrl(), text) })),
    comparators: fc.oneof(fc.dictionary(fc.oneof(fc.constant('england'), text), fc.array(figure)), fc.anything()),
  },
  { requiredKeys: [] },
);

const feed = fc.record(
  {
    version: fc.oneof(fc.constant('1.0'), fc.constant('1.7'), text, fc.anything()),
    title: text,
    authority: fc.oneof(fc.record({ name: text }), fc.anything()),
    periods: fc.oneof(fc.constant(periodIds.map((id, i) => ({ id, label: id, end: `202${i}-03-31`, kind: 'financial-year' }))), fc.array(fc.anything())),
    comparators: fc.constant([{ id: 'england', name: 'England', kind: 'england' }]),
    indicators: fc.array(indicator, { maxLength: 4 }),
    framework: fc.array(fc.anything(), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('parseFeed properties', () => {
  it('never throws and never faults, for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = parseFeed(x);
        assert.equal(r.feed === null, r.errors.length > 0);
        assert.ok(!r.errors.some((e) => e.code === 'internal'), r.errors[0]?.message);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for any text, and says where JSON breaks', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => j.slice(0, Math.max(1, j.length - 1))),
        ),
        (s) => {
          const r = parseFeed(s);
          assert.ok(!r.errors.some((e) => e.code === 'internal'));
          for (const e of r.errors.filter((x) => x.code === 'json-syntax')) assert.ok(e.line! >= 1 && e.column! >= 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for feed-shaped input, keeps strings exactly as written and lets only http(s) links through', () => {
    fc.assert(
      fc.property(feed, (f) => {
        const r = parseFeed(JSON.parse(JSON.stringify(f)));
        assert.ok(!r.errors.some((e) => e.code === 'internal'), r.errors[0]?.message);
        if (!r.feed) return;
        assert.equal(r.feed.title, (f as { title: string }).title);
        for (const ind of r.feed.indicators.values()) {
          for (const link of ind.links ?? []) assert.match(link.url, /^https?:\/\//i);
          const written = (f.indicators ?? []).filter((i) => i.id === ind.id);
          assert.ok(
            written.some((i) => i.title === ind.title),
            'title kept exactly as one indicator with this id wrote it',
          );
          for (const o of ind.values.observations()) {
            assert.ok(o.state === 'figure' ? Number.isFinite(o.value) : o.value === null);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
