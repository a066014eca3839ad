// The demo site's "your council" page (docs/your-council.html): any council's starter feed, made
// in the browser by the same code as `scorecard-kit starter`, from the same public data, and given
// to the page's <sc-feed>. Nothing is sent anywhere; the chosen council is kept in the address
// (#335) so that a page can be linked to.
import { councilLabel, councilsByName, findCouncil, type Council } from './council.js';
import type { StarterData } from './data.js';
import { DEMO_SITE_BOUNDARIES as BOUNDARIES } from './demo-site.js';
import { starterFeed } from './feed.js';

const DATA_URL = new URL('starter-data.json', import.meta.url).href;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface FeedElement extends HTMLElement {
  feed: unknown;
  updateComplete: Promise<boolean>;
}

async function start() {
  const status = $('council-status');
  const search = $<HTMLInputElement>('council-search');
  const select = $<HTMLSelectElement>('council');
  const form = $<HTMLFormElement>('council-form');
  let data: StarterData;
  try {
    const res = await fetch(DATA_URL);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    data = (await res.json()) as StarterData;
  } catch (e) {
    status.textContent = `The councils' figures could not be loaded from ${DATA_URL} (${(e as Error).message}).`;
    return;
  }
  const councils = councilsByName(data);
  const options = councils.map((c) => Object.assign(document.createElement('option'), { value: c.code, textContent: councilLabel(c) }));
  select.append(...options);

  // Typing narrows the list to the councils whose name or code holds what was typed.
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    let shown = 0;
    for (const [i, o] of options.entries()) {
      const c = councils[i]!;
      o.hidden = Boolean(q) && !`${c.name} ${c.code} ${c.ons}`.toLowerCase().includes(q);
      if (!o.hidden) shown++;
    }
    const first = options.find((o) => !o.hidden);
    if (first) select.value = first.value;
    status.textContent = `${shown} ${shown === 1 ? 'council matches' : 'councils match'} "${search.value.trim()}".`;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = councils.find((x) => x.code === select.value);
    if (c) show(data, c, true);
  });
  const fromHash = findCouncil(data, decodeURIComponent(location.hash.slice(1)) || '335');
  show(data, 'council' in fromHash ? fromHash.council : councils.find((c) => c.code === '335')!, false);
  select.value = 'council' in fromHash ? fromHash.council.code : '335';
}

/** Gives the council's starter feed to the page's widgets and says so. */
async function show(data: StarterData, council: Council, announce: boolean) {
  const feed = starterFeed(data, council, { boundaries: BOUNDARIES });
  const host = $<FeedElement>('council-feed');
  host.feed = feed;
  // The tiles under the feed's plain headings, as the starter's own page sets them out (made once: every council's feed has the same headings).
  const figures = $('council-figures');
  if (!figures.childElementCount) {
    for (const node of feed.framework ?? []) {
      const grid = Object.assign(document.createElement('sc-tile-grid'), { node: node.id });
      for (const [k, v] of [
        ['hide-groups', ''],
        ['hide-controls', ''],
        ['heading-level', '4'],
      ])
        grid.setAttribute(k!, v!);
      figures.append(Object.assign(document.createElement('h3'), { textContent: node.title }), grid);
    }
  }
  for (const name of document.querySelectorAll('[data-council-name]')) name.textContent = council.name;
  $('council-neighbours').setAttribute('indicator', feed.indicators![0]!.id);
  document.title = `${council.name}: children's services in public figures (Scorecard Kit)`;
  history.replaceState(null, '', `#${council.code}`);
  await host.updateComplete;
  if (announce) $('council-status').textContent = `Showing ${council.name}'s figures.`;
}

void start();
