// Runs in-browser benchmarks side by side in one Chromium: a static server on 127.0.0.1 for the
// repository, pages under bench/pages, each timed several times, medians printed.
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright';
import { RUNS } from './figures.js';
import { TRACE_CATEGORIES } from './trace.js';
// @ts-expect-error: a plain ES module script without types
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/browser.mjs';
// @ts-expect-error: a plain ES module script without types
import { SECURITY_HEADERS } from '../scripts/csp.mjs';
// @ts-expect-error: a plain ES module script without types
import { staticFiles } from '../scripts/serve.mjs';

export async function serve(files: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve('.');
  // The kit's pages (and the demo site) are timed under the policy councils use. The peers' pages are not: they
  // cannot run under it (Vega-Lite evaluates strings as code; Plot and two pages style inline).
  const kit = staticFiles(root, SECURITY_HEADERS);
  const peers = staticFiles(root, {});
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (files[path] !== undefined) return void res.writeHead(200, { 'Content-Type': 'application/json' }).end(files[path]);
    (/-kit\.html$|^\/docs\//.test(path) ? kit : peers)(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Opens a page afresh for each run and calls its `runBench(...args)`, returning every run's result. */
export async function runPage<T>(browser: Browser, url: string, args: unknown[], runs: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof (window as unknown as { runBench?: unknown }).runBench === 'function');
    out.push(await page.evaluate(([a]) => (window as unknown as { runBench: (...x: unknown[]) => Promise<T> }).runBench(...(a as unknown[])), [args] as const));
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    await page.close();
  }
  return out;
}

/**
 * Runs `runBench(...args)` once more with a Chromium trace recorded, for the breakdown of where an
 * interaction's time goes (bench/trace.ts).
 */
export async function tracePage(browser: Browser, url: string, args: unknown[]): Promise<{ traceEvents: never[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as unknown as { runBench?: unknown }).runBench === 'function');
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(([a]) => (window as unknown as { runBench: (...x: unknown[]) => Promise<unknown> }).runBench(...(a as unknown[])), [args] as const);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: never[] };
  await page.close();
  return trace;
}

/**
 * Runs each page once to warm up, then `RUNS` times in turn (the kit, then each peer, round after
 * round, so that all see the same machine state), and returns every measured run by page.
 */
export async function rounds<T>(browser: Browser, urls: string[], args: unknown[]): Promise<T[][]> {
  for (const url of urls) await runPage<T>(browser, url, args, 1);
  const out: T[][] = urls.map(() => []);
  for (let i = 0; i < RUNS; i++) for (const [k, url] of urls.entries()) out[k]!.push(...(await runPage<T>(browser, url, args, 1)));
  return out;
}
