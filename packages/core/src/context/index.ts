import { createContext } from '@lit/context';
import type { FeedData } from '../feed/types.js';

/** What `<sc-feed>` provides: the parsed feed once it has loaded. */
export interface FeedState {
  feed: FeedData | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
}

/** A choice made in one widget that the others on the page follow. */
export interface Selection {
  kind: 'node' | 'indicator' | 'area' | 'question';
  id: string;
}

/** The selection, with the setter widgets call so that every follower hears of it. */
export interface SelectionState {
  selection: Selection | null;
  select(selection: Selection | null): void;
}

export const feedContext = createContext<FeedState>(Symbol.for('sc-feed'));
export const selectionContext = createContext<SelectionState>(Symbol.for('sc-selection'));
/** The period every widget shows; null for each indicator's latest. */
export const periodContext = createContext<string | null>(Symbol.for('sc-period'));
