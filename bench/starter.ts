// The starter's two figures (issue: "Any council in England"): writing a council's feed and page
// with the command line, and the "your council" page switching council, to the next frame.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStarter } from '../packages/feed-tools/src/starter/write.js';
import { launch, serve } from './browser.js';
import { figure, median } from './figures.js';

/** Councils of each shape, switched between in turn. */
const COUNCILS = ['886', '202', '335', '815', '380', '919', '210'];

/**
 * Chooses a council and times it until every element has drawn its feed, then the frame that
 * shows it. Source text, not a function: the TypeScript transform adds helpers the page lacks.
 */
const switchTo = (code: string) => `(async () => {
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('sc-')) out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  document.getElementById('council').value = ${JSON.stringify(code)};
  const t = performance.now();
  document.querySelector('#council-form button').click();
  for (let i = 0; i < 3; i++) await Promise.all(deep(document).map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
})()`;

export async function benchStarter(): Promise<void> {
  const writes: number[] = [];
  for (const [i, code] of ['335', ...COUNCILS].entries()) {
    const out = mkdtempSync(join(tmpdir(), 'starter-bench-'));
    const t = performance.now();
    writeStarter(code, out);
    // The first run warms up the module and the file cache.
    if (i > 0) writes.push(performance.now() - t);
    rmSync(out, { recursive: true, force: true });
  }
  console.log('scorecard-kit starter');
  figure({ what: "a council's feed and page written to a folder", value: median(writes), unit: 'ms', target: 2000, meets: 'at-most' });

  const server = await serve();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/docs/your-council.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.getElementById('council') as HTMLSelectElement | null)?.options.length === 153);
    const times: number[] = [];
    for (const code of [...COUNCILS, ...COUNCILS]) {
      times.push(await page.evaluate<number>(switchTo(code)));
    }
    // The first round warms up; the second is timed.
    const timed = times.slice(COUNCILS.length);
    figure({ what: '"your council" page: switching council, to the next frame', value: median(timed), unit: 'ms', target: 100, meets: 'at-most' });
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStarter();
