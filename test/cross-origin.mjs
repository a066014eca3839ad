// A second origin for the browser tests, standing for the host a council's feed often lives on
// (a CDN, an open-data portal): 127.0.0.1 on a port of its own, while the test page is on
// localhost. It answers CORS for any page, sends an ETag and a Last-Modified and answers 304 to
// either, and refuses every preflight, as such hosts often do. It records each request to a feed,
// so that a test can see what the browser sent.
//   GET /feed/KEY                   the feed KEY (test/fixtures/feeds/minimal.json until set)
//   GET /set/KEY/ok[/FILE]          serve FILE (encoded), as a new version: a new ETag and date
//   GET /set/KEY/fail               answer 500 (with CORS, so the page can read the status)
//   GET /requests/KEY               what was asked for KEY: [{ method, status, etag, headers }]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const MINIMAL = 'test/fixtures/feeds/minimal.json';
// The request headers worth recording: the validators, and what a preflight would carry.
const RECORDED = ['origin', 'if-none-match', 'if-modified-since', 'access-control-request-method', 'access-control-request-headers'];

/** A web-test-runner plugin: the host runs beside the dev server, which gives its address at /__cross-origin. */
export function crossOriginFeeds() {
  const feeds = new Map();
  const requests = new Map();
  let server;
  let url = '';

  const feed = (key) => feeds.get(key) ?? { mode: 'ok', file: MINIMAL, version: 1 };
  const record = (key, req, status, etag) => {
    const headers = Object.fromEntries(RECORDED.filter((h) => req.headers[h] !== undefined).map((h) => [h, req.headers[h]]));
    requests.set(key, [...(requests.get(key) ?? []), { method: req.method, status, etag, headers }]);
  };

  const handle = async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const [, route = '', key = '', ...rest] = path.split('/');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.method === 'OPTIONS') {
      if (route === 'feed') record(key, req, 403);
      return res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Preflight requests are not allowed');
    }
    if (route === 'set') {
      const [mode, file] = rest;
      feeds.set(key, { mode, file: file ? decodeURIComponent(file) : MINIMAL, version: feed(key).version + 1 });
      return res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('ok');
    }
    if (route === 'requests') {
      return res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(requests.get(key) ?? []));
    }
    if (route !== 'feed') return res.writeHead(404).end();
    const { mode, file, version } = feed(key);
    if (mode === 'fail') {
      record(key, req, 500);
      return res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
    }
    const etag = `"${key}-${version}"`;
    const modified = new Date(Date.UTC(2024, 0, version)).toUTCString();
    const validators = { ETag: etag, 'Last-Modified': modified, 'Cache-Control': 'no-cache' };
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === modified)) {
      record(key, req, 304, etag);
      return res.writeHead(304, validators).end();
    }
    record(key, req, 200, etag);
    res.writeHead(200, { ...validators, 'Content-Type': 'application/json' }).end(await readFile(file));
  };

  return {
    name: 'cross-origin-feeds',
    async serverStart() {
      server = createServer((req, res) => {
        handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    serve(context) {
      if (context.path === '/__cross-origin') return { body: url, type: 'text/plain' };
    },
  };
}
