// Writes docs/feed.schema.json and docs/feed-format.md from the valibot schema in
// @scorecard-kit/core, and the quick and full readers' checks from its shapes. A test fails when any
// committed file is out of date.
import { writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../packages/core/src/feed/json-schema.js';
import { formatReference } from '../packages/core/src/feed/format-reference.js';
import { QUICK_SHAPES_FILE, quickShapesFile } from './quick-shapes.js';
import { FULL_SHAPES_FILE, fullShapesFile } from './full-shapes.js';

const schema = feedJsonSchema();
writeFileSync('docs/feed.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync('docs/feed-format.md', formatReference(schema));
writeFileSync(QUICK_SHAPES_FILE, await quickShapesFile());
writeFileSync(FULL_SHAPES_FILE, await fullShapesFile());
console.log(`wrote docs/feed.schema.json, docs/feed-format.md, ${QUICK_SHAPES_FILE} and ${FULL_SHAPES_FILE}`);
