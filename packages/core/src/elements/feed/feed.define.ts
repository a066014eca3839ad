import { ContextRoot } from '@lit/context';
import { defineElement } from '../define.js';
import { ScFeed } from './feed.js';

export { ScFeed };

// A widget defined before <sc-feed> (scripts load in any order) asks for the feed before anyone
// can answer; the context root keeps such requests and replays them when <sc-feed> connects.
const root = globalThis as typeof globalThis & { scContextRoot?: ContextRoot };
if (!root.scContextRoot && typeof document !== 'undefined') {
  root.scContextRoot = new ContextRoot();
  root.scContextRoot.attach(document.documentElement);
}
defineElement('sc-feed', ScFeed);

declare global {
  interface HTMLElementTagNameMap {
    'sc-feed': ScFeed;
  }
}
