// Serves the demo site (docs/) on http://localhost:8000 (PORT to change it) under the strict
// Content Security Policy councils use, so that anything the kit does that such a policy would
// block shows up here first. Only this machine can reach it unless HOST says otherwise
// (HOST=0.0.0.0 to show it to another device). Files are served by sirv, which keeps every
// request inside docs/; a guard before it answers a malformed address 400 and refuses hidden files.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './csp.mjs';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));

// The types the demo's files need, with a charset for text; the boundary and feed-tool files
// included, which a generic table gets wrong or does not know.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const plain = (res, status, text) => res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);

/**
 * Why a request is refused before sirv sees it, if it is: 400 when its path is not valid
 * percent-encoding (decoding it throws), 404 when a segment, however encoded, is hidden or climbs
 * (`.env`, `..`). sirv never leaves its folder on its own, but answers a malformed path 404 and, in
 * dev mode, serves dotfiles.
 * @param {string} url
 * @returns {400 | 404 | undefined}
 */
function refusal(url) {
  let path;
  try {
    path = decodeURIComponent(url.split(/[?#]/, 1)[0]);
  } catch {
    return 400;
  }
  return path.split(/[/\\]/).some((segment) => segment.startsWith('.')) ? 404 : undefined;
}

/**
 * A request handler serving the files under `root` with `headers`, as every server of the project
 * (the demo site, the page proofs, the screenshots) serves files: the guard above, then sirv.
 * @param {string} root
 * @param {Record<string, string>} headers
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticFiles(root, headers = SECURITY_HEADERS) {
  // dev: each request looks at the disk, so a rebuild while it runs is served at once (and with
  // the right length); etag: a reload revalidates instead of fetching everything again.
  const files = sirv(root, {
    dev: true,
    etag: true,
    extensions: ['html'],
    // `pathname` is the address asked for: one without an extension was answered with a folder's
    // index.html or the page of that name (the extensions above); docs/ has no extensionless files.
    setHeaders: (res, pathname) => res.setHeader('Content-Type', TYPES[extname(pathname) || '.html'] ?? 'application/octet-stream'),
    onNoMatch: (_req, res) => plain(res, 404, 'Not found'),
  });
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('Cache-Control', 'no-cache');
    const refused = refusal(req.url ?? '/');
    if (refused === 400) return plain(res, 400, 'Bad request: the address is not a valid URL');
    if (refused === 404) return plain(res, 404, 'Not found');
    files(req, res);
  };
}

/**
 * Starts the demo server on `port` (0 for any free one) and `host`, resolving once it listens.
 * @param {{ port?: number, host?: string, root?: string, headers?: Record<string, string> }} [options] `root` is
 *   the folder served, docs/ unless given; `headers` the security headers, the strict CSP unless given
 *   (a built Storybook, which runs inline scripts, is served without it by `npm run shots`).
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ port = 8000, host = '127.0.0.1', root = DOCS, headers = SECURITY_HEADERS } = {}) {
  const server = createServer(staticFiles(root, headers));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const host = process.env.HOST || '127.0.0.1';
  const server = await serve({ port: Number(process.env.PORT ?? 8000), host });
  const { port } = server.address();
  const shown = host === '127.0.0.1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  console.log(`Scorecard Kit demo site: http://${shown}:${port}/`);
}
