import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { feedContext, periodContext, selectionContext, type FeedState, type Selection, type SelectionState } from '../../context/index.js';
import { emit } from '../../events.js';
import type { Problem } from '../../feed/types.js';
import { adoptPageFont, focusRing, pageFont, tokens, visuallyHidden } from '../../styles/index.js';
import { FeedLoader, type LoadState } from '../feed-loader.js';
import { problemList } from '../problems-view.js';
import { errorBox, statusStyles } from '../status.js';
import { feedStyles } from './feed.styles.js';

/**
 * The provider every Scorecard Kit widget sits in. It loads one JSON feed (from `src`, the `feed`
 * property, or an inline `<script type="application/json">` child), checks it, and gives it to every
 * widget inside, however deep and whenever they upgrade. It shows loading, error, warning and stale
 * states itself, and holds the selection and period the widgets inside share.
 *
 * @tagname sc-feed
 * @summary Loads one feed and shares it, the selection and the period with the widgets inside.
 *
 * @slot - The widgets that show the feed, and optionally an inline `<script type="application/json">` feed.
 *
 * @csspart status - The "Loading figures…" message.
 * @csspart error - The panel listing why the feed cannot be shown.
 * @csspart warnings - The disclosure listing what in the feed was left out or ignored.
 * @csspart notice - The illustrative-figures and out-of-date notices.
 *
 * @cssprop [--sc-color-error=#d4351c] - Border of the error panel.
 * @cssprop [--sc-color-warning=#8a4500] - Edge of the out-of-date notice.
 * @cssprop [--sc-color-muted=#484949] - Loading and notice text.
 * @cssprop [--sc-space=0.5rem] - The spacing unit.
 *
 * @fires {CustomEvent<{feed: FeedData, warnings: Problem[]}>} sc-feed-load - A feed loaded or refreshed and can be shown; after a refresh that found it unchanged, `feed` is the same object.
 * @fires {CustomEvent<{errors: Problem[], stale: boolean}>} sc-feed-error - A feed could not be used; `stale` is true when the last good figures are still shown.
 */
export class ScFeed extends LitElement {
  static override styles = [tokens, ...pageFont, visuallyHidden, focusRing, statusStyles, feedStyles];

  /** Address of the feed (JSON). A newer address always wins over a slower older one. */
  @property({ reflect: true }) accessor src: string | undefined = undefined;

  /** The feed as an object (or JSON text), instead of `src`. */
  @property({ attribute: false }) accessor feed: unknown = undefined;

  /** Seconds between re-fetches of `src`, each revalidating the browser's copy (no CORS preflight); 0 for never. */
  @property({ type: Number }) accessor refresh = 0;

  /** Seconds to wait for the feed before giving up. */
  @property({ type: Number }) accessor timeout = 30;

  /** The period every widget inside shows, by id; empty for each indicator's latest. */
  @property({ reflect: true }) accessor period: string | undefined = undefined;

  /** Hides the list of feed warnings (they are still logged in `warnings`). */
  @property({ type: Boolean, attribute: 'hide-warnings' }) accessor hideWarnings = false;

  /** The selection widgets inside share. Set it to select from the page; widgets set it with `sc-select`. */
  @property({ attribute: false }) accessor selection: Selection | null = null;

  @state() private accessor inline: string | undefined = undefined;

  readonly #loader = new FeedLoader(this, () => ({ feed: this.feed, src: this.src || undefined, inline: this.inline }), {
    timeout: () => this.timeout,
    onChange: (next, previous) => this.#loaded(next, previous),
  });

  readonly #feedProvider = new ContextProvider(this, { context: feedContext, initialValue: { feed: null, status: 'idle' } as FeedState });
  readonly #periodProvider = new ContextProvider(this, { context: periodContext, initialValue: null });
  readonly #selectionProvider = new ContextProvider(this, {
    context: selectionContext,
    initialValue: this.#selectionState(),
  });
  #refreshTimer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.addEventListener('sc-select', (e) => {
      this.selection = e.detail;
    });
    this.addEventListener('sc-period-change', (e) => {
      this.period = e.detail.period ?? undefined;
    });
  }

  /** Problems that made the feed unusable (empty when it loaded). */
  get errors(): Problem[] {
    return this.#loader.state.errors;
  }

  /** What in the feed was left out or ignored. */
  get warnings(): Problem[] {
    return this.#loader.state.warnings;
  }

  /** The current load state: status, the parsed feed, problems, and whether the figures are stale. */
  get loadState(): LoadState {
    return this.#loader.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageFont(this.ownerDocument);
    this.#readInline();
    this.#startRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#refreshTimer);
  }

  /** Fetches `src` again now. */
  reload(): Promise<unknown> {
    return this.#loader.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('period')) this.#periodProvider.setValue(this.period || null);
    if (changed.has('selection')) this.#selectionProvider.setValue(this.#selectionState());
    if (changed.has('refresh')) this.#startRefresh();
  }

  #selectionState(): SelectionState {
    return { selection: this.selection, select: (s) => (this.selection = s) };
  }

  #startRefresh() {
    clearInterval(this.#refreshTimer);
    if (this.refresh > 0 && this.isConnected) {
      this.#refreshTimer = setInterval(() => {
        if (this.src && !this.#loader.pending) void this.#loader.refresh();
      }, this.refresh * 1000);
    }
  }

  #readInline = () => {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const text = script?.textContent ?? undefined;
    if (text !== this.inline) this.inline = text;
  };

  #loaded(next: LoadState, previous: LoadState) {
    this.#feedProvider.setValue({ feed: next.feed, status: next.status });
    if (next.feed && (next.feed !== previous.feed || !next.stale)) {
      emit(this, 'sc-feed-load', { feed: next.feed, warnings: next.warnings });
    }
    if (next.status === 'error') emit(this, 'sc-feed-error', { errors: next.errors, stale: false });
    else if (next.stale && next.stale !== previous.stale) {
      emit(this, 'sc-feed-error', { errors: [{ severity: 'error', code: 'stale', path: '', message: next.stale.reason }], stale: true });
    }
  }

  protected override render() {
    const s = this.#loader.state;
    const loading = this.#loader.pending && !s.feed;
    return html`
      <div class="sr-only" role="status">${loading ? 'Loading figures…' : s.feed ? `Figures loaded: ${s.feed.title}.` : ''}</div>
      ${loading ? html`<p part="status" class="status" aria-hidden="true">Loading figures…</p>` : nothing}
      ${s.status === 'idle' && !loading ? html`<p part="status" class="status">No feed given: set <code>src</code> to the feed's address, or put the feed inside in a <code>&lt;script type="application/json"&gt;</code>.</p>` : nothing}
      ${s.status === 'error' ? this.#renderErrors(s.errors) : nothing}
      ${s.stale ? this.#renderStale(s) : nothing}
      ${
        s.feed?.illustrative
          ? html`<p part="notice" class="notice illustrative"><strong>Illustrative figures.</strong> ${s.feed.illustrativeNote ?? 'Some figures in this feed are invented for illustration.'}</p>`
          : nothing
      }
      ${s.warnings.length && !this.hideWarnings ? this.#renderWarnings(s.warnings) : nothing}
      <slot @slotchange=${this.#readInline}></slot>
    `;
  }

  #renderErrors(errors: Problem[]) {
    return errorBox('The figures could not be shown.', problemList(errors));
  }

  #renderStale(s: LoadState) {
    const since = s.stale!.since.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    return html`<p part="notice" class="notice stale" role="alert">
      <strong>These figures may be out of date.</strong> They were loaded at ${since}; the latest refresh failed. ${s.stale!.reason}
    </p>`;
  }

  #renderWarnings(warnings: Problem[]) {
    const n = warnings.length;
    return html`<details part="warnings" class="warnings">
      <summary>${n} ${n === 1 ? 'thing' : 'things'} in this feed ${n === 1 ? 'was' : 'were'} left out or ignored</summary>
      ${problemList(warnings)}
    </details>`;
  }
}
