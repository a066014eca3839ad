// The JSON Schema producers validate against: up to date with the valibot schema, complete in its
// descriptions, and in agreement with parseFeed, checked with an independent validator (ajv).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { feedJsonSchema, undescribed } from '../../packages/core/src/feed/json-schema.js';
import { formatReference } from '../../packages/core/src/feed/format-reference.js';
import { parseFeed } from '../../packages/core/src/feed/parse.js';

const committed = JSON.parse(readFileSync('docs/feed.schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(committed);

describe('docs/feed.schema.json', () => {
  it('is what the valibot schema generates (run `npm run schema` after changing the schema)', () => {
    assert.deepEqual(committed, JSON.parse(JSON.stringify(feedJsonSchema())));
  });

  it('has docs/feed-format.md written from it (run `npm run schema`)', () => {
    assert.equal(readFileSync('docs/feed-format.md', 'utf8'), formatReference(committed));
  });

  it('describes every property for producers', () => {
    assert.deepEqual(undescribed(committed), []);
  });

  const feeds = [
    ...readdirSync('docs/feeds')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `docs/feeds/${f}`),
    ...readdirSync('test/fixtures/feeds')
      .filter((f) => f.endsWith('.json') && f !== 'hostile.json' && f !== 'warnings.json')
      .map((f) => `test/fixtures/feeds/${f}`),
  ];
  it('has sample feeds to check', () => assert.ok(feeds.some((f) => f.startsWith('docs/feeds/'))));
  for (const file of feeds) {
    it(`accepts ${file}`, () => {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      assert.ok(validate(data), ajv.errorsText(validate.errors, { separator: '\n' }));
    });
  }

  // Defects of shape must be caught by the schema too, so producers see them before the widgets do.
  for (const file of [
    '09-version-number.json',
    '10-title-missing.json',
    '25-bad-unit.json',
    '26-bad-polarity.json',
    '27-javascript-link.json',
    '19-string-number.json',
    '36-wrong-type-title.json',
    '31-bad-date.json',
  ]) {
    it(`rejects the bad feed ${file}, as parseFeed does`, () => {
      const text = readFileSync(`test/fixtures/bad-feeds/${file}`, 'utf8');
      assert.equal(validate(JSON.parse(text)), false);
      const r = parseFeed(text);
      assert.ok(r.errors.length + r.warnings.length > 0);
    });
  }
});
