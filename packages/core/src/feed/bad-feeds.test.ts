// The bad-feed corpus: each file in test/fixtures/bad-feeds has one defect, and expected.json says
// the problem parseFeed must report for it (severity, code, JSON path, words in the message).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseFeed } from './parse.js';

const dir = 'test/fixtures/bad-feeds';
const expected: Record<string, { severity: 'error' | 'warning'; code: string; path: string; includes: string }[]> = JSON.parse(
  readFileSync(`${dir}/expected.json`, 'utf8'),
);

describe('bad-feed corpus', () => {
  it('has at least 30 feeds, each with an expectation', () => {
    const files = readdirSync(dir).filter((f) => f !== 'expected.json');
    assert.ok(files.length >= 30, `only ${files.length} bad feeds`);
    assert.deepEqual(files.sort(), Object.keys(expected).sort());
  });

  for (const [file, problems] of Object.entries(expected)) {
    it(file, () => {
      const r = parseFeed(readFileSync(`${dir}/${file}`, 'utf8'));
      const all = [...r.errors, ...r.warnings];
      for (const want of problems) {
        const got = all.find((p) => p.code === want.code && p.path === want.path && p.severity === want.severity);
        assert.ok(
          got,
          `expected ${want.severity} ${want.code} at "${want.path}"; got:\n${all.map((p) => `  ${p.severity} ${p.code} ${p.path}: ${p.message}`).join('\n')}`,
        );
        assert.ok(got.message.includes(want.includes), `message "${got.message}" should include "${want.includes}"`);
      }
      const fatal = problems.some((p) => p.severity === 'error');
      assert.equal(r.feed === null, fatal, fatal ? 'an error means no feed' : `a usable feed: ${r.errors.map((e) => e.message).join('; ')}`);
      assert.ok(!all.some((p) => p.code === 'internal'), 'no internal fault');
    });
  }
});
