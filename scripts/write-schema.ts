// Writes docs/feed.schema.json and docs/feed-format.md from the valibot schema in
// @scorecard-kit/core. A test fails when either committed file is out of date.
import { writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../packages/core/src/feed/json-schema.js';
import { formatReference } from '../packages/core/src/feed/format-reference.js';

const schema = feedJsonSchema();
writeFileSync('docs/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('docs/feed-format.md', formatReference(schema));
console.log('wrote docs/feed.schema.json and docs/feed-format.md');
