// What the page proofs run inside the page. Kept as source text, not functions: the test runner's
// TypeScript transform adds helpers to functions that would not exist in the page.

/** Every element of the kit in the document, through shadow roots; and a frame that has been drawn. */
export const KIT_ELEMENTS = `
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('sc-')) out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
`;

/** Resolves when every feed has loaded or failed, every map has its boundaries, and every element has rendered. */
export const settle = `(async () => {
  ${KIT_ELEMENTS}
  // The autoloader defines the page's elements as their modules arrive.
  await Promise.all([...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('sc-')))].map((t) => customElements.whenDefined(t)));
  const feeds = [...document.querySelectorAll('sc-feed')];
  if (feeds.length) await customElements.whenDefined('sc-feed');
  await Promise.all(deep(document).map((e) => e.feedComplete));
  await Promise.all(feeds.map((f) => {
    const s = f.loadState && f.loadState.status;
    if (s === 'ready' || s === 'error' || !f.src) return null;
    return new Promise((r) => { f.addEventListener('sc-feed-load', r, { once: true }); f.addEventListener('sc-feed-error', r, { once: true }); });
  }));
  for (let i = 0; i < 4; i++) {
    const all = deep(document);
    await Promise.all(all.map((e) => e.updateComplete));
    await Promise.all(all.filter((e) => e.localName === 'sc-locality-map').map((e) => e.boundariesComplete));
    await Promise.all(all.filter((e) => e.localName === 'sc-outcome-tree').map((e) => e.drawComplete));
    await frame();
  }
  return true;
})()`;

export const cspViolations = `window.scCspViolations || ['csp-watch.js did not run']`;

/** axe in the page, brought in from the same origin (through a Trusted Types policy where the browser has them). */
export const axe = `(async () => {
  if (!window.axe) {
    const s = document.createElement('script');
    const url = '/node_modules/axe-core/axe.min.js';
    s.src = window.trustedTypes ? trustedTypes.createPolicy('scorecard-kit-proof-axe', { createScriptURL: (x) => x }).createScriptURL(url) : url;
    await new Promise((resolve, reject) => { s.onload = resolve; s.onerror = reject; document.head.append(s); });
  }
  const r = await window.axe.run(document);
  return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
})()`;

export const feedsReady = `[...document.querySelectorAll('sc-feed')].filter((f) => f.loadState.status === 'ready' && !f.shadowRoot.querySelector('[part="error"]')).length`;

export const tileCount = `(async () => {
  ${KIT_ELEMENTS}
  await frame();
  return deep(document).filter((e) => e.localName === 'sc-indicator-tile' && e.shadowRoot.querySelector('.figure, [part="value"]')).length;
})()`;

export const tableRows = `(() => {
  const t = document.querySelector('sc-scorecard-table');
  return t.shadowRoot.querySelectorAll('tbody tr').length;
})()`;

export const areaCount = `document.querySelector('sc-locality-map').shadowRoot.querySelectorAll('[role="option"]').length`;

/** Chooses a framework node in the tree; says what followed it. */
export const chooseNode = (key: string) => `(async () => {
  ${KIT_ELEMENTS}
  const tree = document.querySelector('sc-outcome-tree');
  tree.shadowRoot.querySelector('[data-key="${key}"]').click();
  for (let i = 0; i < 3; i++) { await Promise.all(deep(document).map((e) => e.updateComplete)); await frame(); }
  const qa = document.querySelector('sc-qa-checklist');
  const grid = document.querySelector('sc-tile-grid');
  const map = document.querySelector('sc-locality-map');
  return { checklist: qa.state.checklist, tiles: grid.shadowRoot.querySelectorAll('sc-indicator-tile').length > 0, map: map.shadowRoot.querySelectorAll('[role="option"]').length > 0 };
})()`;

/** Types into the audit's "Audit completed by" box and reads back what the browser kept. */
export const typeAuditor = (name: string) => `(async () => {
  const form = document.querySelector('sc-audit-form');
  const box = form.shadowRoot.querySelector('#record-auditor');
  box.value = ${JSON.stringify(name)};
  box.dispatchEvent(new Event('input'));
  await form.updateComplete;
  const key = Object.keys(localStorage).find((k) => k.startsWith('scorecard-kit'));
  const saved = JSON.parse(localStorage.getItem(key)).fields['record:auditor'].v;
  localStorage.clear();
  return saved;
})()`;

/** Clicks the n-th area of the map; returns the area the tiles then show. */
export const chooseArea = (n: number) => `(async () => {
  ${KIT_ELEMENTS}
  const map = document.querySelector('sc-locality-map');
  map.shadowRoot.querySelectorAll('[role="option"]')[${n}].dispatchEvent(new MouseEvent('click', { bubbles: true }));
  for (let i = 0; i < 3; i++) { await Promise.all(deep(document).map((e) => e.updateComplete)); await frame(); }
  const title = document.querySelector('sc-tile-grid').shadowRoot.querySelector('sc-indicator-tile').shadowRoot.querySelector('.area');
  return title ? title.textContent.replace(/^:\\s*/, '') : null;
})()`;

/** What hostile page CSS did to the widgets: their insides must keep their own layout. */
export const hostileCheck = `(() => {
  const tile = document.querySelector('sc-indicator-tile').shadowRoot;
  const map = document.querySelector('sc-locality-map').shadowRoot;
  const svg = map.querySelector('svg[role="listbox"]');
  const box = tile.querySelector('.tile');
  return {
    tileFigure: Boolean(tile.querySelector('.figure, [part="value"]')),
    boxSizing: getComputedStyle(box).boxSizing,
    tileOverflows: box.scrollWidth > box.clientWidth + 1,
    mapWidth: svg ? svg.getBoundingClientRect().width : 0,
    toggleDisplay: getComputedStyle(map.querySelector('.toggle')).display,
  };
})()`;

/** Points the page's feed at a failing address; returns the error the page shows. */
export const loadFailing = (src: string) => `(async () => {
  const f = document.querySelector('sc-feed');
  const done = new Promise((r) => f.addEventListener('sc-feed-error', r, { once: true }));
  f.src = ${JSON.stringify(src)};
  await done;
  await f.updateComplete;
  const err = f.shadowRoot.querySelector('[part="error"]');
  return err ? err.textContent.replace(/\\s+/g, ' ').trim() : 'no error shown';
})()`;

/** The bold line of the outcome tree's error box, once the tree has finished drawing. */
export const treeError = `(async () => {
  const t = document.querySelector('sc-outcome-tree');
  await t.drawComplete;
  return t.shadowRoot.querySelector('[part="error"] strong')?.textContent ?? 'no error shown';
})()`;

/** The outcome tree's rows drawn as a list. */
export const treeRows = `document.querySelector('sc-outcome-tree').shadowRoot.querySelectorAll('ul[role="tree"] [role="treeitem"]').length`;

/** Refreshes the feed (as its timer would) and says how it went. */
export const reloadFeed = `(async () => {
  ${KIT_ELEMENTS}
  const f = document.querySelector('sc-feed');
  await f.reload();
  for (let i = 0; i < 3; i++) { await Promise.all(deep(document).map((e) => e.updateComplete)); await frame(); }
  return f.loadState.status;
})()`;

/** The feed studio: reads the example workbook in its worker and previews the feed it makes. */
export const studioExample = `(async () => {
  ${KIT_ELEMENTS}
  const status = document.getElementById('status');
  const done = new Promise((r) => new MutationObserver((_, o) => {
    if (/ready|problem|could not/.test(status.textContent)) { o.disconnect(); r(); }
  }).observe(status, { childList: true, characterData: true, subtree: true }));
  document.getElementById('example').click();
  await done;
  const feed = document.getElementById('preview-feed');
  if (feed.loadState?.status !== 'ready') await new Promise((r) => feed.addEventListener('sc-feed-load', r, { once: true }));
  const grid = deep(document).find((e) => e.localName === 'sc-tile-grid');
  await grid.updateComplete;
  const breakdowns = [...document.getElementById('preview-breakdowns').children];
  // The autoloader fetches the breakdown module when the first breakdown appears.
  await customElements.whenDefined('sc-breakdown');
  await Promise.all(breakdowns.map((b) => b.updateComplete));
  return {
    status: status.textContent,
    breakdowns: breakdowns.map((b) => b.shadowRoot.querySelector('[part="summary"]')?.textContent.trim() ?? 'no summary'),
    download: document.getElementById('download').href,
    tiles: deep(document).filter((e) => e.localName === 'sc-indicator-tile').length,
    problems: !document.getElementById('problems').hidden,
  };
})()`;

/** How far the page scrolls sideways (0 when it reflows to the window's width). */
export const sideways = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;

/** The typeface a tile's title is set in, beside the browser's default and the page's own heading's. */
export const tileFont = `(async () => {
  ${KIT_ELEMENTS}
  const tile = deep(document).find((e) => e.localName === 'sc-indicator-tile' && e.shadowRoot.querySelector('[part="title"]'));
  const probe = document.createElement('span');
  probe.style.fontFamily = 'initial';
  document.body.append(probe);
  const browserDefault = getComputedStyle(probe).fontFamily;
  probe.remove();
  return { tile: getComputedStyle(tile.shadowRoot.querySelector('[part="title"]')).fontFamily, browserDefault, heading: getComputedStyle(document.querySelector('h1')).fontFamily };
})()`;

/** Each themes-page panel's tile: the title's colour and the card's background, as computed. */
export const themeColours = `(() => Object.fromEntries([...document.querySelectorAll('.theme-panel')].map((panel) => {
  const tile = panel.querySelector('sc-indicator-tile').shadowRoot;
  return [panel.classList[1], { title: getComputedStyle(tile.querySelector('[part~="title"]')).color, card: getComputedStyle(tile.querySelector('[part~="tile"]')).backgroundColor }];
})))()`;

/** On the "your council" page: searches for a council, shows it, and says what the page then shows. */
export const chooseCouncil = (query: string) => `(async () => {
  ${KIT_ELEMENTS}
  const until = async (ok) => { for (let t = 0; t < 200 && !ok(); t++) await new Promise((r) => setTimeout(r, 25)); };
  const select = document.getElementById('council');
  await until(() => select.options.length > 0 && document.querySelector('sc-feed').loadState.status === 'ready');
  const search = document.getElementById('council-search');
  search.value = ${JSON.stringify(query)};
  search.dispatchEvent(new Event('input'));
  const matched = document.getElementById('council-status').textContent;
  document.querySelector('#council-form button').click();
  await until(() => document.getElementById('council-status').textContent.startsWith('Showing'));
  for (let i = 0; i < 4; i++) {
    const all = deep(document);
    await Promise.all(all.map((e) => e.updateComplete));
    await Promise.all(all.filter((e) => e.localName === 'sc-locality-map').map((e) => e.boundariesComplete));
    await Promise.all(all.filter((e) => e.localName === 'sc-outcome-tree').map((e) => e.drawComplete));
    await frame();
  }
  const map = document.querySelector('sc-locality-map').shadowRoot;
  return {
    matched,
    status: document.getElementById('council-status').textContent,
    heading: document.getElementById('figures').textContent,
    address: location.hash,
    tiles: deep(document).filter((e) => e.localName === 'sc-indicator-tile' && e.shadowRoot.querySelector('.figure')).length,
    outlined: map.querySelector('.bars .names li.home')?.textContent ?? null,
  };
})()`;

/** In the feed studio: begins from Kent's public figures, then gives the example workbook, and says what the studio made. */
export const studioStarter = `(async () => {
  ${KIT_ELEMENTS}
  const status = document.getElementById('status');
  const next = (pattern) => new Promise((r) => new MutationObserver((_, o) => {
    if (pattern.test(status.textContent)) { o.disconnect(); r(); }
  }).observe(status, { childList: true, characterData: true, subtree: true }));
  const select = document.getElementById('starter-council');
  for (let t = 0; t < 200 && select.options.length < 2; t++) await new Promise((r) => setTimeout(r, 25));
  select.value = '886';
  let done = next(/ready|problem|could not/);
  document.getElementById('starter').click();
  await done;
  const first = document.getElementById('result-summary').textContent;
  done = next(/example-wr4c.xlsx: (the feed is ready|.*problem)/);
  document.getElementById('example').click();
  await done;
  const feed = document.getElementById('preview-feed');
  for (let i = 0; i < 3; i++) { await Promise.all(deep(document).map((e) => e.updateComplete)); await new Promise((r) => requestAnimationFrame(r)); }
  return {
    first,
    then: document.getElementById('result-summary').textContent,
    notes: [...document.querySelectorAll('#result-notes li')].map((li) => li.textContent),
    authority: feed.loadState?.feed?.authority.name,
    problems: !document.getElementById('problems').hidden,
  };
})()`;

/**
 * On the "your council" page: shows every council in turn and returns those for which the page
 * did not show that council's name, its 11 tiles with figures from its own feed, and no error box.
 */
export const everyCouncil = `(async () => {
  ${KIT_ELEMENTS}
  const until = async (ok) => { for (let t = 0; t < 400 && !ok(); t++) await new Promise((r) => setTimeout(r, 25)); };
  const select = document.getElementById('council');
  const feed = document.querySelector('sc-feed');
  await until(() => select.options.length > 0 && feed.loadState.status === 'ready');
  const wrong = [];
  for (const option of [...select.options]) {
    select.value = option.value;
    const status = document.getElementById('council-status');
    status.textContent = '';
    document.querySelector('#council-form button').click();
    await until(() => status.textContent.startsWith('Showing'));
    await Promise.all(deep(document).map((e) => e.updateComplete));
    const name = option.textContent.replace(/ \\(\\d+\\)$/, '');
    const data = feed.loadState.feed;
    const tiles = deep(document).filter((e) => e.localName === 'sc-indicator-tile');
    // Each tile's figure is the one its indicator's latest period has in this council's own feed.
    const shown = tiles.map((t) => t.shadowRoot.querySelector('.figure')?.textContent.replace(/\\s+/g, ' ').trim() ?? 'none');
    const errors = deep(document).filter((e) => e.shadowRoot?.querySelector('[part="error"]')).map((e) => e.localName);
    // The first tile (children in need) prints this council's latest figure from its own feed.
    const cin = data.indicators.get('cin');
    const latest = cin.values.latest();
    const expected = latest.state === 'figure' ? latest.value.toLocaleString('en-GB', { minimumFractionDigits: cin.decimals, maximumFractionDigits: cin.decimals }) : latest.mark;
    const first = tiles.find((t) => t.getAttribute('indicator') === 'cin')?.shadowRoot.querySelector('.figure')?.textContent.trim() ?? '';
    if (!first.startsWith(expected)) wrong.push({ name, cin: first, expected });
    if (data.authority.name !== name || document.querySelector('[data-council-name]').textContent !== name || tiles.length !== 11 || errors.length || shown.includes('none'))
      wrong.push({ name, authority: data.authority.name, tiles: tiles.length, errors, shown });
  }
  return { councils: select.options.length, wrong };
})()`;

/** On the equalities page: each breakdown's summary, and the number of QA questions beside them. */
export const equalities = `(async () => {
  ${KIT_ELEMENTS}
  await frame();
  return {
    summaries: [...document.querySelectorAll('sc-breakdown')].map((b) => b.shadowRoot.querySelector('[part="summary"]')?.textContent.trim() ?? null),
    questions: document.querySelector('sc-qa-checklist').shadowRoot.querySelectorAll('[part="question"]').length,
  };
})()`;

/** The text of a named part of an indicator's tile, once the tile has been scrolled into view (tiles far down a grid draw when near it). */
export const tilePart = (indicator: string, part: string) => `(async () => {
  ${KIT_ELEMENTS}
  const tile = deep(document).find((e) => e.localName === 'sc-indicator-tile' && e.indicator === '${indicator}');
  if (!tile) return 'no tile for ${indicator}';
  tile.scrollIntoView();
  for (let i = 0; i < 20 && !tile.shadowRoot.querySelector('[part~="${part}"]'); i++) {
    await tile.updateComplete;
    await frame();
  }
  const el = tile.shadowRoot.querySelector('[part~="${part}"]');
  return el ? el.textContent.replace(/\\s+/g, ' ').trim() : 'no ${part} part';
})()`;
