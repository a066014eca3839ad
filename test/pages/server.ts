// The repository served as a council's server would serve the kit: the strict Content Security
// Policy on every response, and addresses that fail in the ways feeds fail in practice.
import { createServer, type ServerResponse } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildFeed } from '../../packages/feed-tools/src/build.js';
import { writeStarter } from '../../packages/feed-tools/src/starter/write.js';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
// @ts-expect-error: a plain ES module script without types
import { SECURITY_HEADERS } from '../../scripts/csp.mjs';
// @ts-expect-error: a plain ES module script without types
import { staticFiles } from '../../scripts/serve.mjs';

/** Types of the routes made here (the newcomer's site); files are typed by the demo server's table. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A county's folder as `scorecard-kit starter --la 886` writes it, served at /starter/ (its page also loads the policy-violation recorder). */
function starterSite(): (path: string) => Promise<{ type: string; body: string | Buffer } | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'starter-proof-'));
  const { files } = writeStarter('886', dir);
  return async (path) => {
    const name = path === '/starter/' ? 'index.html' : path.slice('/starter/'.length);
    if (!files.includes(name)) return undefined;
    const body = await readFile(join(dir, name));
    const type = TYPES[extname(name)]!;
    return name === 'index.html'
      ? { type, body: body.toString('utf8').replace('<head>', '<head><script src="/docs/assets/csp-watch.js"></script>') }
      : { type, body };
  };
}

/**
 * A newcomer's own site: their page is the getting-started guide's tile-and-map snippet as it is
 * written, the bundle where the guide says to put it, and their feed built by the feed tools from
 * the spreadsheet template's example, with its boundary file beside it. (The page also loads the
 * proofs' policy-violation recorder.)
 */
const NEWCOMER: Record<string, () => Promise<string | Buffer>> = {
  '/newcomer/': async () => {
    const guide = await readFile('docs/getting-started.md', 'utf8');
    const snippet = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((s) => s.includes('<sc-locality-map'));
    if (!snippet) throw new Error('docs/getting-started.md has no tile-and-map snippet');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our figures</title><link rel="icon" href="data:,"><script src="/docs/assets/csp-watch.js"></script></head><body><main><h1>Our children's services figures</h1>\n${snippet}</main></body></html>`;
  },
  '/js/scorecard-kit.js': () => readFile('docs/dist/scorecard-kit.js'),
  '/data/childrens-services.json': async () => {
    const dir = 'packages/feed-tools/template/example-wr4c';
    const sheets = Object.fromEntries(
      await Promise.all((await readdir(dir)).map(async (f) => [f.replace(/\.csv$/, ''), await readFile(join(dir, f), 'utf8')] as const)),
    );
    const built = buildFeed(sheets);
    if (!built.feed) throw new Error(built.problems.map((p) => `${p.at}: ${p.message}`).join('\n'));
    return JSON.stringify(built.feed);
  },
  '/geo/walsall-wards-2013.topojson': () => readFile('docs/geo/walsall-wards-2013.topojson'),
};

export interface ProofServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<ProofServer> {
  const root = resolve('.');
  // Everything else is a file of the repository, served as the demo site serves docs/.
  const files = staticFiles(root);
  const seen = new Set<string>();
  const starter = starterSite();
  const sockets = new Set<Socket>();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) =>
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // /__fail/once/MODE/KEY fails the first time in MODE, then serves a good feed.
    const fail = /^\/__fail\/once\/([\w-]+)\/([\w-]+)$/.exec(path);
    if (fail) {
      const [, mode, key] = fail;
      const feed = await readFile(join(root, 'test/fixtures/feeds/tiles.json'));
      if (seen.has(key!)) return send(res, 200, TYPES['.json']!, feed);
      seen.add(key!);
      if (mode === '404') return send(res, 404, 'text/plain', 'Not found');
      if (mode === '500') return send(res, 500, 'text/plain', 'Server error');
      if (mode === 'truncated') return send(res, 200, TYPES['.json']!, feed.subarray(0, Math.floor(feed.length / 2)));
      if (mode === 'html') return send(res, 200, 'text/html', '<!doctype html><html><body><h1>Please sign in</h1></body></html>');
      return; // timeout: never answers; the socket is closed with the server
    }
    const written = path.startsWith('/starter/') ? await starter(path) : undefined;
    if (written) return send(res, 200, written.type, written.body);
    const newcomer = NEWCOMER[path];
    if (newcomer) return send(res, 200, TYPES[extname(path) || '.html']!, await newcomer());
    // The kit's modules, in the kit/ folder the newcomer copied beside the autoloader.
    if (/^\/js\/kit\/[\w-]+\.js$/.test(path)) return send(res, 200, TYPES['.js']!, await readFile(`docs/dist${path.slice('/js'.length)}`));
    // The single file copied alone, without the parts it loads when first needed.
    if (path.startsWith('/alone/'))
      return path === '/alone/scorecard-kit.min.js'
        ? send(res, 200, TYPES['.js']!, await readFile('docs/dist/scorecard-kit.min.js'))
        : send(res, 404, 'text/plain', 'Not found');
    // A GOV.UK Frontend page asks for its fonts at /assets/, where a GOV.UK site serves them.
    if (path.startsWith('/assets/')) req.url = `/node_modules/govuk-frontend/dist/govuk${req.url}`;
    files(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
