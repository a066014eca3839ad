// A stand-in widget for tests of <sc-feed>: it records what any widget would receive through
// context (the feed, the period and the shared selection).
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { feedContext, periodContext, selectionContext, type FeedState, type SelectionState } from '@scorecard-kit/core';

export class TestConsumer extends LitElement {
  feedState?: FeedState;
  period?: string | null;
  selection?: SelectionState;
  constructor() {
    super();
    new ContextConsumer(this, { context: feedContext, subscribe: true, callback: (v) => (this.feedState = v) });
    new ContextConsumer(this, { context: periodContext, subscribe: true, callback: (v) => (this.period = v) });
    new ContextConsumer(this, { context: selectionContext, subscribe: true, callback: (v) => (this.selection = v) });
  }
}
customElements.define('test-consumer', TestConsumer);

/** Defines a consumer under another tag only when asked: a widget that upgrades after the feed loaded. */
export function defineLateConsumer(tag: string): void {
  customElements.define(tag, class extends TestConsumer {});
}

/** Defines a subclass of <sc-feed> under another tag only when asked: a provider that upgrades after its consumers. */
export async function defineLateFeed(tag: string): Promise<void> {
  const { ScFeed } = await import('@scorecard-kit/core');
  customElements.define(tag, class extends ScFeed {});
}
