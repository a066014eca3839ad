import type { Selection } from './context/index.js';
import type { FeedData, Problem } from './feed/types.js';

/** Every event the kit fires: all bubble and cross shadow roots. */
export interface ScEventMap {
  /** A feed loaded (or refreshed) and can be shown; warnings list what was left out. */
  'sc-feed-load': CustomEvent<{ feed: FeedData; warnings: Problem[] }>;
  /** A feed could not be used; `stale` is true when older figures are still shown. */
  'sc-feed-error': CustomEvent<{ errors: Problem[]; stale: boolean }>;
  /** The user chose a node, indicator, area or question. */
  'sc-select': CustomEvent<Selection>;
  /** The user chose the period every widget shows; null for each indicator's latest. */
  'sc-period-change': CustomEvent<{ period: string | null }>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ScEventMap {}
}

/** Fires one of the kit's events from `target`, bubbling and composed. */
export function emit<K extends keyof ScEventMap>(target: EventTarget, name: K, detail: ScEventMap[K] extends CustomEvent<infer D> ? D : never): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
