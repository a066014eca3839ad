// The demo server of `npm start` (scripts/serve.mjs): docs/ under the shared policy, nothing
// outside docs/ however the address is written, a malformed address answered 400 with the server
// still up, and only this machine let in unless HOST says otherwise.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
// @ts-expect-error: a plain ES module script without types
import { serve } from '../../scripts/serve.mjs';
// @ts-expect-error: a plain ES module script without types
import { CSP } from '../../scripts/csp.mjs';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Sends the path exactly as written: node:http neither resolves `..` nor re-encodes it, as a browser would. */
function get(server: Server, path: string): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const close = (server: Server | undefined) => new Promise((r) => (server ? server.close(r) : r(undefined)));

describe('the demo server (npm start)', () => {
  let server: Server;
  before(async () => {
    server = await serve({ port: 0 });
  });
  after(() => close(server));

  it('serves docs/index.html at / under the shared policy, with the headers a council sends', async () => {
    const r = await get(server, '/');
    assert.equal(r.status, 200);
    assert.equal(r.body, await readFile('docs/index.html', 'utf8'));
    assert.equal(r.headers['content-security-policy'], CSP);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['cache-control'], 'no-cache');
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  });

  it('gives boundary files their type, and a missing file a 404 under the same policy', async () => {
    const topo = await get(server, '/geo/walsall-wards-2013.topojson');
    assert.equal(topo.status, 200);
    assert.equal(topo.headers['content-type'], 'application/json; charset=utf-8');
    const missing = await get(server, '/no-such-page.html');
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-security-policy'], CSP);
  });

  it('listens on 127.0.0.1 only, unless told otherwise', () => {
    assert.equal((server.address() as AddressInfo).address, '127.0.0.1');
  });

  it('answers a malformed address 400, and goes on serving', async () => {
    const bad = await get(server, '/%E0%A4%A');
    assert.equal(bad.status, 400);
    assert.equal(bad.headers['content-security-policy'], CSP);
    assert.equal((await get(server, '/')).status, 200);
  });
});

describe('the demo server keeps to its folder', () => {
  // A site with a sibling whose name begins with the served folder's (the old server's
  // `startsWith` check let `/..%2Fdocs-old/x` through), a file above it and a hidden file in it.
  let dir = '';
  let server: Server;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sc-serve-'));
    await mkdir(join(dir, 'docs'));
    await mkdir(join(dir, 'docs-old'));
    await writeFile(join(dir, 'docs', 'index.html'), '<!doctype html><title>home</title>');
    await writeFile(join(dir, 'docs', '.env'), 'SECRET in docs/.env');
    await writeFile(join(dir, 'docs-old', 'x'), 'SECRET in docs-old/x');
    await writeFile(join(dir, 'package.json'), '{"SECRET": "package.json"}');
    server = await serve({ port: 0, root: join(dir, 'docs') });
  });
  after(async () => {
    await close(server);
    await rm(dir, { recursive: true, force: true });
  });

  for (const path of [
    '/..%2Fdocs-old/x',
    '/..%2fdocs-old/x',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/.%2e/docs-old/x',
    '/../package.json',
    '/../docs-old/x',
    '/..%5Cpackage.json',
    '/.env',
    '/%2eenv',
  ]) {
    it(`serves nothing outside docs/ (or hidden) for ${path}`, async () => {
      const r = await get(server, path);
      assert.ok([400, 403, 404].includes(r.status), `${path} answered ${r.status}`);
      assert.doesNotMatch(r.body, /SECRET/);
    });
  }

  it('still serves what is inside', async () => {
    assert.match((await get(server, '/')).body, /<title>home<\/title>/);
  });
});

describe('node scripts/serve.mjs', () => {
  it('starts on PORT, on localhost, and says where', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: '0', HOST: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = /http:\/\/localhost:(\d+)\//.exec(line.toString())?.[0];
      assert.ok(url, `it said: ${line.toString()}`);
      const res = await fetch(url.replace('localhost', '127.0.0.1'));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-security-policy'), CSP);
      await res.arrayBuffer();
    } finally {
      child.kill();
    }
  });
});
