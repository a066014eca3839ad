// The full checks' unions, against valibot's own: which option's issues are reported, and whether a
// union counts as of the right kinds to a union around it. The generated shapes rarely nest unions,
// so the near misses of quick.test.ts seldom reach this.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { A, N, O, Or, S, Z, type Issue } from './full-check.js';

const finite = v.pipe(v.number(), v.finite('must be finite'));
const inner = v.union([finite, v.null()], 'must be a figure');
const outer = v.union([v.array(inner), v.object({ period: v.string() })], 'must be a series');

const fInner = Or('must be a figure', N([Number.isFinite, 'must be finite']), Z);
const fOuter = Or('must be a series', A(fInner), O({ period: S() }));

const issuesOf = (x: unknown) => {
  const out: Issue[] = [];
  fOuter(x, [], out);
  return out.map((i) => [i.path.join('.'), i.message ?? i.expected]);
};
const valibotIssues = (x: unknown) => {
  const r = v.safeParse(outer, x);
  return r.success ? [] : r.issues.map((i) => [(i.path ?? []).map((p) => (p as { key: unknown }).key).join('.'), i.message]);
};

describe('full checks: unions', () => {
  it('report the one option of the right kind, its own words', () => {
    // An infinite figure is a number: the inner union is of the right kind, so the list is too.
    assert.deepEqual(issuesOf([1, Infinity]), [['1', 'must be finite']]);
    assert.deepEqual(issuesOf([1, Infinity]), valibotIssues([1, Infinity]));
  });

  it('speak in their own words when no option is of the right kind', () => {
    assert.deepEqual(issuesOf([1, 'x']), [['', 'must be a series']]);
    assert.deepEqual(issuesOf([1, 'x']), valibotIssues([1, 'x']));
    assert.deepEqual(issuesOf(7), valibotIssues(7));
  });

  it('take the first option that fits whole', () => {
    assert.deepEqual(issuesOf([1, null]), []);
    assert.deepEqual(issuesOf({ period: 'p' }), []);
  });
});
