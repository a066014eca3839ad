import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { errorBox, SHARED_PERIOD, statusLine, ScWidget, type FeedData, type MeasureType, type NodeIndicatorRef } from '@scorecard-kit/core';
import { directionOfTravel, indicatorsInFrameworkOrder, indicatorsUnder, ragStatus, statusRank } from '@scorecard-kit/core/rules';
import '../indicator-tile/indicator-tile.define.js';
import { RecycledKeys } from '../model/recycled-keys.js';
import { tileGridStyles } from './tile-grid.styles.js';

export type TileSort = 'framework' | 'status' | 'title';
export type TileFilter = 'all' | 'improved' | 'maintained' | 'deteriorated' | 'red' | 'amber' | 'green';

/**
 * Past this many tiles, all but the first screenful wait to be drawn until they come near the
 * viewport, so that a grid of hundreds paints its top at once.
 */
const DEFER_OVER = 48;
const FIRST_SCREEN = 24;
/** Tiles per block of the grid: a multiple of 1 to 6 columns, so that only a block's last row is short. */
const CHUNK = 60;

const GROUPS: { measure: MeasureType; title: string; words: string }[] = [
  { measure: 'how-much', title: 'How much?', words: 'demand' },
  { measure: 'how-well', title: 'How well?', words: 'performance' },
  { measure: 'so-what', title: 'So what?', words: 'outcomes' },
];

const FILTERS: [TileFilter, string][] = [
  ['all', 'All indicators'],
  ['deteriorated', 'Deteriorated'],
  ['maintained', 'Maintained'],
  ['improved', 'Improved'],
  ['red', 'RAG red'],
  ['amber', 'RAG amber'],
  ['green', 'RAG green'],
];

const SORTS: [TileSort, string][] = [
  ['framework', 'Framework order'],
  ['status', 'Status (worst first)'],
  ['title', 'Title (A to Z)'],
];

interface Row {
  ref: NodeIndicatorRef;
  title: string;
  judgement: string | null;
  rag: string | null;
  order: number;
}

/**
 * The tiles of a framework node (with everything beneath it), of a list of indicators, or of the
 * whole feed, grouped under How much / How well / So what, with sort and filter controls. Without
 * `node` or `indicators` it follows the node selected in any other widget of the same `<sc-feed>`.
 *
 * @tagname sc-tile-grid
 * @summary Indicator tiles for a framework node, a list or the whole feed, grouped, sortable and filterable.
 *
 * @csspart controls - The sort and filter bar.
 * @csspart group - Each How much / How well / So what section.
 * @csspart group-title - The heading of a section.
 * @csspart grid - The tiles of a section, laid out as a grid (a long section has one per block of 60 tiles, one list for assistive technology).
 * @csspart empty - The message shown when no indicator matches.
 * @csspart error - The message shown when the grid cannot show its node or indicators.
 *
 * @cssprop [--sc-tile-grid-min=16rem] - The narrowest a tile may be before the grid wraps.
 * @cssprop [--sc-tile-grid-gap=1rem] - The gap between tiles.
 *
 * @fires {CustomEvent<{kind: 'indicator', id: string}>} sc-select - From a tile the user chose.
 */
export class ScTileGrid extends ScWidget {
  static override styles = [...ScWidget.styles, tileGridStyles];

  /** A framework node id: its indicators and those of every node beneath it. */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** Indicator ids, separated by spaces, instead of a node. */
  @property({ reflect: true }) accessor indicators: string | undefined = undefined;

  /** `framework` (the framework's order), `status` (worst first) or `title`. */
  @property({ reflect: true }) accessor sort: TileSort = 'framework';

  /** Shows only indicators that deteriorated, improved…, or are red, amber or green. */
  @property({ reflect: true }) accessor filter: TileFilter = 'all';

  /** Tile variant: `detailed` or `compact`. */
  @property({ reflect: true }) accessor variant: 'detailed' | 'compact' = 'detailed';

  /** Level of the section headings, 2 by default (under a page's one `<h1>`); the tiles' titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  /**
   * Leaves out the How much? / How well? / So what? group headings, for a page that puts its
   * tiles under headings of its own (a grid per section): the tiles' titles are at `heading-level`.
   */
  @property({ type: Boolean, attribute: 'hide-groups' }) accessor hideGroups = false;

  /** Hides the sort and filter controls and the count of what they show (the `sort` and `filter` attributes still apply). */
  @property({ type: Boolean, attribute: 'hide-controls' }) accessor hideControls = false;

  /** Keeps to `node`/`indicators` (or the whole feed) instead of following the shared selection. */
  @property({ type: Boolean, attribute: 'ignore-selection' }) accessor ignoreSelection = false;

  @state() private accessor announcement = '';

  /** Each block's tile keys: a tile leaving a block gives its element to one arriving in it. */
  #keys = new RecycledKeys();

  /** Whether the order or the filter depends on each indicator's direction or RAG, and so on the period. */
  get #judged(): boolean {
    return this.filter !== 'all' || this.sort === 'status';
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // A change of the shared period alone reaches each tile through its own context: the grid
    // redraws only when the period decides which tiles it shows, or in what order.
    if (changed.size === 1 && changed.has(SHARED_PERIOD as keyof ScTileGrid) && !this.#judged) return false;
    return super.shouldUpdate(changed);
  }

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const scope = this.#scope(feed);
    if ('error' in scope) {
      return errorBox('These indicators cannot be shown.', scope.error);
    }
    const rows = this.#rows(feed, scope.refs);
    const shown = rows.filter((r) => this.#passes(r));
    const sorted = this.#sorted(shown);
    return html`
      ${this.hideControls ? nothing : this.#renderControls()}
      ${
        // The count says what the reader's filter left; with no controls it would only be noise.
        this.hideControls ? nothing : html`<p class="count" part="count">${this.#countWords(shown.length, rows.length, scope.label)}</p>`
      }
      ${
        shown.length === 0
          ? html`<p class="empty" part="empty">${rows.length ? 'No indicator here matches the filter. Choose "All indicators" to see them all.' : 'There are no indicators here.'}</p>`
          : this.#renderGroups(sorted, shown.length > DEFER_OVER)
      }
      ${scope.unknown.length ? statusLine(`Not in the feed, so not shown: ${scope.unknown.map((id) => `"${id}"`).join(', ')}.`, { part: 'warning' }) : nothing}
      <div class="sr-only" role="status">${this.announcement}</div>
    `;
  }

  /** Which indicators: the node or list asked for, else the selected node, else the whole feed. */
  #scope(feed: FeedData): { refs: NodeIndicatorRef[]; unknown: string[]; label: string } | { error: string } {
    if (this.indicators?.trim()) {
      const ids = this.indicators.trim().split(/\s+/);
      const refs: NodeIndicatorRef[] = [];
      const unknown: string[] = [];
      for (const id of ids) {
        const ind = feed.indicators.get(id);
        if (ind) refs.push({ id, measure: ind.measure, polarity: ind.polarity });
        else unknown.push(id);
      }
      if (!refs.length)
        return { error: `None of the indicators ${ids.map((i) => `"${i}"`).join(', ')} is in the feed "${feed.title}". Check the indicators attribute.` };
      return { refs, unknown, label: '' };
    }
    const selected = !this.ignoreSelection && this.selection?.kind === 'node' ? this.selection.id : undefined;
    const nodeId = this.node || selected;
    if (nodeId) {
      const node = feed.nodes.get(nodeId);
      if (!node) return { error: `The feed "${feed.title}" has no framework node "${nodeId}". Check the node attribute.` };
      return { refs: indicatorsUnder(node), unknown: node.unknownIndicators, label: node.title };
    }
    return { refs: indicatorsInFrameworkOrder(feed), unknown: [], label: '' };
  }

  #rows(feed: FeedData, refs: NodeIndicatorRef[]): Row[] {
    // Direction and RAG are worked out only when a filter or sort needs them: a grid of a thousand
    // tiles then changes period without judging every indicator twice (each tile judges its own).
    const judged = this.#judged;
    return refs.map((ref, order) => {
      const ind = feed.indicators.get(ref.id)!;
      if (!judged) return { ref, title: ind.title, judgement: null, rag: null, order };
      const current = this.activePeriod ? ind.values.get(this.activePeriod) : ind.values.latest();
      const d = directionOfTravel(ind, feed.periods, { period: current?.period.id ?? this.activePeriod, polarity: ref.polarity });
      const rag = ragStatus(ind, feed.periods, current, { polarity: ref.polarity });
      return { ref, title: ind.title, judgement: d.judgement, rag: rag.status, order };
    });
  }

  #passes(r: Row): boolean {
    const f = this.filter;
    if (f === 'all') return true;
    return f === 'red' || f === 'amber' || f === 'green' ? r.rag === f : r.judgement === f;
  }

  #sorted(rows: Row[]): Row[] {
    if (this.sort === 'title') return [...rows].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
    if (this.sort === 'status') return [...rows].sort((a, b) => statusRank(a.judgement, a.rag) - statusRank(b.judgement, b.rag) || a.order - b.order);
    return rows;
  }

  #countWords(shown: number, total: number, label: string): string {
    const of = label ? ` for ${label}` : '';
    return shown === total ? `${total} indicator${total === 1 ? '' : 's'}${of}.` : `Showing ${shown} of ${total} indicators${of}.`;
  }

  #renderControls() {
    return html`<div class="controls" part="controls">
      <label>
        <span>Show</span>
        <select .value=${this.filter} @change=${(e: Event) => this.#choose('filter', (e.target as HTMLSelectElement).value as TileFilter)}>
          ${FILTERS.map(([value, label]) => html`<option value=${value} ?selected=${value === this.filter}>${label}</option>`)}
        </select>
      </label>
      <label>
        <span>Sort by</span>
        <select .value=${this.sort} @change=${(e: Event) => this.#choose('sort', (e.target as HTMLSelectElement).value as TileSort)}>
          ${SORTS.map(([value, label]) => html`<option value=${value} ?selected=${value === this.sort}>${label}</option>`)}
        </select>
      </label>
    </div>`;
  }

  async #choose<K extends 'filter' | 'sort'>(key: K, value: this[K]) {
    this[key] = value;
    await this.updateComplete;
    // Say what changed, since the tiles move without focus moving.
    this.announcement = this.renderRoot.querySelector('.count')?.textContent ?? '';
  }

  #renderGroups(rows: Row[], large: boolean) {
    // The page's own headings say what the tiles are: one list, the tiles' titles at heading-level.
    if (this.hideGroups) return this.#renderList('all', rows, large ? 0 : null, this.headingLevel);
    let before = 0;
    return GROUPS.map((g) => {
      const mine = rows.filter((r) => r.ref.measure === g.measure);
      const first = before;
      before += mine.length;
      return this.#renderGroup(g, mine, large ? first : null);
    });
  }

  /**
   * `shownBefore`: in a large grid, the tiles drawn by earlier groups (past the first screenful,
   * tiles defer, and every tile draws its changes lazily off screen); null in a small one.
   */
  #renderGroup(group: (typeof GROUPS)[number], rows: Row[], shownBefore: number | null) {
    if (!rows.length) return nothing;
    return html`<section class="group" part="group" aria-labelledby="group-${group.measure}">
      <div role="heading" aria-level=${this.headingLevel} class="group-title" part="group-title" id="group-${group.measure}">
        <span class="group-name">${group.title}</span> <span class="group-words">${group.words}, ${rows.length}</span>
      </div>
      ${this.#renderList(group.measure, rows, shownBefore, this.headingLevel + 1)}
    </section>`;
  }

  #renderList(name: string, rows: Row[], shownBefore: number | null, level: number) {
    // One list, in blocks of CHUNK tiles, each block a grid of its own that the browser lays out and
    // paints only when it is near the screen (content-visibility): a change inside one tile then
    // re-lays the tiles of its block, not a thousand. The blocks add no semantics.
    const chunks = Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, k) => rows.slice(k * CHUNK, (k + 1) * CHUNK));
    return html`<div class="list" role="list">
      ${chunks.map((chunk, k) => {
        const keys = this.#keys.keys(
          `${name}/${k}`,
          chunk.map((r) => r.ref.id),
        );
        return html`<div class="grid" part="grid">
          ${repeat(
            chunk,
            (_r, i) => keys[i],
            (r, i) => html`<div class="item" role="listitem">
              <sc-indicator-tile
                .feed=${this.feedForInner}
                indicator=${r.ref.id}
                .polarity=${r.ref.polarity}
                .period=${
                  // Only the grid's own period: the shared one reaches each tile through context (and a grid
                  // with a feed of its own has no shared period, so its own is the one it shows).
                  this.period
                }
                variant=${this.variant}
                ?defer=${shownBefore !== null && shownBefore + k * CHUNK + i >= FIRST_SCREEN}
                ?lazy-updates=${shownBefore !== null}
                heading-level=${level}
              ></sc-indicator-tile>
            </div>`,
          )}
        </div>`;
      })}
    </div>`;
  }
}
