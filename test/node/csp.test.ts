// The policy is defined once (scripts/csp.mjs). Pages that must carry it without a server, in a
// <meta> tag, and the security guide repeat it; they must repeat it exactly.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { CSP } from '../../scripts/csp.mjs';

describe('the Content Security Policy', () => {
  const pages = ['docs', 'test/fixtures/pages'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(dir, f)),
  );

  it('is the shared one in every page that carries it in a <meta> tag', () => {
    const carried = pages.flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g)].map((m) => [page, m[1]] as const),
    );
    assert.ok(carried.length >= 5, `${carried.length} pages carry a policy`);
    assert.deepEqual(
      carried.filter(([, policy]) => policy !== CSP),
      [],
    );
  });

  it('is the one docs/security.md states', () => {
    assert.ok(readFileSync('docs/security.md', 'utf8').replace(/\s+/g, ' ').includes(CSP));
  });
});
