/**
 * The autoloader, `scorecard-kit.js`: one `<script type="module">` that defines each `sc-` element
 * when it appears in the page, now or later, by importing its family's module from the folder the
 * autoloader itself was loaded from. A page of five tiles downloads the core and the tiles, not
 * the map or the audit tool. Elements inside other elements' shadow roots come with their family.
 */
const LOAD = {
  core: () => import('./families/core.js'),
  picker: () => import('./families/picker.js'),
  tiles: () => import('./families/tiles.js'),
  legend: () => import('./families/legend.js'),
  table: () => import('./families/table.js'),
  highlights: () => import('./families/highlights.js'),
  neighbours: () => import('./families/neighbours.js'),
  breakdown: () => import('./families/breakdown.js'),
  tree: () => import('./families/tree.js'),
  map: () => import('./families/map.js'),
  checklist: () => import('./families/checklist.js'),
};
type Family = keyof typeof LOAD;

/** Which family defines each element. */
export const FAMILY: Record<string, Family> = {
  'sc-feed': 'core',
  'sc-period-picker': 'picker',
  'sc-indicator-tile': 'tiles',
  'sc-tile-grid': 'tiles',
  'sc-legend': 'legend',
  'sc-scorecard-table': 'table',
  'sc-highlights': 'highlights',
  'sc-neighbours': 'neighbours',
  'sc-breakdown': 'breakdown',
  'sc-outcome-tree': 'tree',
  'sc-locality-map': 'map',
  'sc-qa-checklist': 'checklist',
  'sc-audit-form': 'checklist',
};

const loading = new Map<Family, Promise<unknown>>();
const unknownTags = new Set<string>();

function load(family: Family): Promise<unknown> {
  let p = loading.get(family);
  if (!p) {
    // The core first: <sc-feed> answers the widgets' requests for the feed, so it is defined before them.
    p = (family === 'core' ? LOAD.core() : load('core').then(() => LOAD[family]())).catch((e: unknown) => {
      console.error(`Scorecard Kit could not load its ${family} module beside scorecard-kit.js: ${(e as Error).message}`);
    });
    loading.set(family, p);
  }
  return p;
}

function need(el: Element) {
  const tag = el.localName;
  if (!tag.startsWith('sc-') || customElements.get(tag)) return;
  const family = FAMILY[tag];
  if (family) void load(family);
  else if (!unknownTags.has(tag)) {
    unknownTags.add(tag);
    console.warn(`Scorecard Kit has no element <${tag}>: check its name (the kit's are ${Object.keys(FAMILY).join(', ')}).`);
  }
}

function scan(root: Element) {
  need(root);
  for (const el of root.querySelectorAll(':not(:defined)')) need(el);
}

if (typeof document !== 'undefined') {
  scan(document.documentElement);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
