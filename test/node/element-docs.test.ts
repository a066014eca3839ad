// Each element's docs page carries its API as the class's JSDoc says (via custom-elements.json,
// which `npm run build` writes): run `npm run docs` after changing an element's API.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module script without types
import { elements, withApi } from '../../scripts/element-docs.mjs';

describe('element docs pages', () => {
  const all: Map<string, unknown> = elements();
  it('exist for every element', () => {
    assert.ok(all.size >= 6);
    for (const tag of all.keys()) assert.ok(existsSync(`docs/elements/${tag}.md`), `docs/elements/${tag}.md`);
  });
  for (const [tag, decl] of all) {
    it(`${tag}: its API section is up to date, and it has an embed snippet`, () => {
      const page = readFileSync(`docs/elements/${tag}.md`, 'utf8');
      assert.equal(page, withApi(page, decl));
      assert.ok(page.includes(`<${tag}`), 'a copy-paste example');
    });
  }
});
