import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext, periodContext, selectionContext, type FeedState, type Selection, type SelectionState } from '../context/index.js';
import { emit } from '../events.js';
import { errorBox, statusLine, statusStyles } from './status.js';
import type { FeedData } from '../feed/types.js';
import { adoptPageFont, focusRing, pageFont, scrollRegion, tokens, visuallyHidden } from '../styles/index.js';
import { FeedLoader } from './feed-loader.js';
import { problemList } from './problems-view.js';

/** The host's display, for every widget. */
export const widgetStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** The name under which a change of the period `<sc-feed>` shares appears in a widget's changed properties. */
export const SHARED_PERIOD = 'sharedPeriod';

/**
 * What every widget shares: it reads the feed, the period and the selection from the nearest
 * `<sc-feed>` through context, or loads a feed of its own from its `src` or `feed`; and it shows
 * loading, error and no-feed states the same way as every other widget.
 */
export class ScWidget extends LitElement {
  static override styles = [tokens, ...pageFont, visuallyHidden, focusRing, statusStyles, scrollRegion, widgetStyles];

  /** Address of a feed for this widget alone, when it is not inside `<sc-feed>`. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** A feed object (or JSON text) for this widget alone, instead of `src`. */
  @property({ attribute: false }) accessor feed: unknown = undefined;

  /** The period to show, by id; when absent, the one `<sc-feed>` shares, else each indicator's latest. */
  @property({ reflect: true }) accessor period: string | undefined = undefined;

  #contextFeed: FeedState | undefined;
  #contextPeriod: string | null = null;
  #shared: SelectionState | undefined;
  readonly #own = new FeedLoader(this, () => ({ feed: this.feed, src: this.src || undefined }), {
    timeout: () => 30,
    onChange: () => this.requestUpdate(),
  });

  constructor() {
    super();
    new ContextConsumer(this, { context: feedContext, subscribe: true, callback: (v) => ((this.#contextFeed = v), this.requestUpdate()) });
    new ContextConsumer(this, {
      context: periodContext,
      subscribe: true,
      // Named, so that a widget can tell a change of the shared period from others (SHARED_PERIOD).
      callback: (v) => {
        const old = this.#contextPeriod;
        this.#contextPeriod = v;
        this.requestUpdate(SHARED_PERIOD, old);
      },
    });
    new ContextConsumer(this, { context: selectionContext, subscribe: true, callback: (v) => ((this.#shared = v), this.requestUpdate()) });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageFont(this.ownerDocument);
  }

  /** Settles when this widget's own feed (`src` or `feed`) has loaded or failed; at once inside `<sc-feed>`. */
  get feedComplete(): Promise<unknown> {
    return this.#own.complete;
  }

  get #standalone(): boolean {
    return Boolean(this.src) || (this.feed !== undefined && this.feed !== null);
  }

  /** The feed to show, or null while there is none. */
  protected get data(): FeedData | null {
    return this.#standalone ? this.#own.state.feed : (this.#contextFeed?.feed ?? null);
  }

  /**
   * The feed to hand to widgets this one draws (tiles in a grid or a checklist): its own feed,
   * already parsed, when it has one; undefined inside `<sc-feed>`, where they read the context.
   */
  protected get feedForInner(): FeedData | undefined {
    return this.#standalone ? (this.data ?? undefined) : undefined;
  }

  /** The period to show: this widget's own, else the shared one, else undefined for each indicator's latest. */
  protected get activePeriod(): string | undefined {
    return this.period || this.#contextPeriod || undefined;
  }

  /** What the user (or the page) selected in any widget of the same `<sc-feed>`. */
  protected get selection(): Selection | null {
    return this.#shared?.selection ?? null;
  }

  /** Shares a selection that did not come from the user's hand (a link's #hash) with the other widgets, without an event. */
  protected publish(selection: Selection | null): void {
    this.#shared?.select(selection);
  }

  /** Tells the page, and every widget of the same `<sc-feed>`, that the user chose something. */
  protected select(selection: Selection): void {
    emit(this, 'sc-select', selection);
  }

  /**
   * What to show instead of the widget while there is no feed: loading, the errors of its own
   * feed, or a short note when the surrounding `<sc-feed>` failed (it shows the errors itself).
   * Null once there is a feed.
   */
  protected renderFeedState(): TemplateResult | null {
    if (this.data) return null;
    if (this.#standalone) {
      const s = this.#own.state;
      if (s.status === 'error') {
        return errorBox('The figures could not be shown.', problemList(s.errors));
      }
      return statusLine('Loading figures…', { live: true });
    }
    const status = this.#contextFeed?.status;
    if (status === 'loading' || status === 'idle') return statusLine('Loading figures…', { live: true });
    if (status === 'error') return statusLine('No figures to show: the feed could not be loaded.');
    return statusLine(html`No feed: put this element inside <code>&lt;sc-feed&gt;</code>, or give it a <code>src</code>.`);
  }
}
