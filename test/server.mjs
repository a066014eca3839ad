// Test-only routes for the dev server behind the browser tests: slow, failing and changing feeds,
// so that loading, errors, refresh and "newer src wins" are tested against real HTTP.
import { readFile } from 'node:fs/promises';

const modes = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @type {import('koa').Middleware} */
export async function feedRoutes(ctx, next) {
  const m = /^\/__feed\/([a-z]+)\/(.*)$/.exec(ctx.path);
  if (!m) return next();
  const [, route, rest] = m;
  if (route === 'slow') {
    const [ms, ...file] = rest.split('/');
    await sleep(Number(ms));
    ctx.type = 'application/json';
    ctx.body = await readFile(file.join('/'), 'utf8');
    return;
  }
  if (route === 'status') {
    ctx.status = Number(rest);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>Error ${rest}</title>`;
    return;
  }
  if (route === 'set') {
    const [key, mode, file] = rest.split('/');
    modes.set(key, { mode, file: file ? decodeURIComponent(file) : 'test/fixtures/feeds/minimal.json', version: (modes.get(key)?.version ?? 0) + 1 });
    ctx.body = 'ok';
    return;
  }
  if (route === 'flaky') {
    const state = modes.get(rest) ?? { mode: 'ok', file: 'test/fixtures/feeds/minimal.json', version: 0 };
    state.hits = (state.hits ?? 0) + 1;
    if (state.mode === 'fail') {
      ctx.status = 500;
      ctx.body = 'Internal Server Error';
      return;
    }
    if (state.mode === 'hang') {
      await sleep(10_000);
      ctx.status = 504;
      return;
    }
    const text = await readFile(state.file, 'utf8');
    if (state.mode === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body>Sign in</body></html>';
      return;
    }
    if (state.mode === 'truncated') {
      ctx.type = 'application/json';
      ctx.body = text.slice(0, Math.floor(text.length / 2));
      return;
    }
    const etag = `"${state.file}-${state.version}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = text;
    return;
  }
  if (route === 'hits') {
    ctx.body = String(modes.get(rest)?.hits ?? 0);
    return;
  }
  return next();
}

/**
 * `/__modules/missing/on` (and `off`): while on, the neighbours chart's module is refused, as a
 * file missing beside the kit's would be, so that a test can see what a tile says then.
 * @type {import('koa').Middleware}
 */
let refusing = false;
export async function missingModules(ctx, next) {
  const m = /^\/__modules\/missing\/(on|off)$/.exec(ctx.path);
  if (m) {
    refusing = m[1] === 'on';
    ctx.body = 'ok';
    return;
  }
  if (refusing && ctx.path.includes('/neighbours/neighbours.define.')) {
    ctx.status = 404;
    return;
  }
  return next();
}
