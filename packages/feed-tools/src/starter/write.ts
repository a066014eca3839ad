// The starter written to a folder (Node only): the feed, its page and stylesheet, the kit's
// single file and the council boundaries, everything the page needs from any web server.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCouncil } from './council.js';
import type { StarterData } from './data.js';
import { starterFeed, STARTER_BOUNDARIES } from './feed.js';
import { STARTER_CSS, starterPage } from './page.js';

/** The package's root, from src/starter/ (run from source) and dist/starter/ (as published) alike. */
const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new URL(path, ROOT);

/** The public figures the package ships (data/starter-data.json). */
export function starterData(): StarterData {
  return JSON.parse(readFileSync(file('data/starter-data.json'), 'utf8')) as StarterData;
}

export class StarterError extends Error {}

const KIT_FILES = ['scorecard-kit.min.js', 'scorecard-kit.parse.min.js', 'scorecard-kit.diagram.min.js'];

/** Writes a council's starter into `out` and returns what it wrote; a council not found is a StarterError naming why. */
export function writeStarter(query: string, out: string, data = starterData()): { council: string; files: string[] } {
  const found = findCouncil(data, query);
  if ('problem' in found) throw new StarterError(found.problem);
  const feed = starterFeed(data, found.council);
  mkdirSync(out, { recursive: true });
  const files = {
    'feed.json': `${JSON.stringify(feed)}\n`,
    'index.html': starterPage({
      name: found.council.name,
      feed: 'feed.json',
      script: 'scorecard-kit.min.js',
      css: 'style.css',
      firstIndicator: feed.indicators![0]!.id,
      headings: (feed.framework ?? []).map((n) => ({ id: n.id, title: n.title })),
    }),
    'style.css': STARTER_CSS,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  copyFileSync(file(`data/${STARTER_BOUNDARIES}`), join(out, STARTER_BOUNDARIES));
  // The kit's single file and the parts it loads when first needed, built beside the package
  // (rollup.config.js) so that the page needs nothing else.
  for (const name of KIT_FILES) copyFileSync(file(`dist/kit/${name}`), join(out, name));
  return {
    council: `${found.council.name} (${found.council.code}, ${found.council.ons})`,
    files: [...Object.keys(files), STARTER_BOUNDARIES, ...KIT_FILES],
  };
}
