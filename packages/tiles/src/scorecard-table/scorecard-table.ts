import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorBox, statusLine, ScWidget, type FeedData, markStyles } from '@scorecard-kit/core';
import {
  NO_DATA,
  scorecardColumns,
  scorecardCsv,
  scorecardGroups,
  scorecardRow,
  statusRank,
  type ScorecardColumns,
  type ScorecardGroup,
  type ScorecardRow,
} from '@scorecard-kit/core/rules';
import { arrow, download, ragShape } from '@scorecard-kit/core';
import { scorecardTableStyles } from './scorecard-table.styles.js';

type SortKey = 'framework' | 'title' | 'direction' | 'rag' | `period:${number}`;

interface Table {
  group: ScorecardGroup;
  columns: ScorecardColumns;
  rows: ScorecardRow[];
}

/**
 * The scorecard as tables, the way a board pack lays it out: for each framework node, its
 * indicators with the comparator, the authority's outturns, targets, direction of travel, RAG and
 * comments. It is the accessible alternative to the tiles: sortable columns, a sticky header, a
 * "Download CSV" button, and a print layout for an A4 landscape board pack.
 *
 * @tagname sc-scorecard-table
 * @summary The scorecard as tables: comparator, outturns, targets, direction of travel, RAG and comments.
 *
 * @csspart toolbar - The bar with the download button.
 * @csspart download - The "Download CSV" button.
 * @csspart table - Each table.
 * @csspart caption - Each table's title (its framework node), a heading that names the table.
 * @csspart error - The message shown when the tables cannot be shown.
 *
 * @cssprop [--sc-table-max-height=80vh] - Height past which a table scrolls under its sticky header.
 * @cssprop [--sc-table-header-background=var(--sc-color-surface)] - Background of the header cells.
 * @cssprop [--sc-table-font-size=1rem] - Text size of the tables.
 */
export class ScScorecardTable extends ScWidget {
  static override styles = [...ScWidget.styles, markStyles, scorecardTableStyles];

  /** A framework node id: the tables of that node and those beneath it. All of the framework when absent. */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** Period ids for the outturn columns, separated by spaces. When absent, each table shows its last `max-periods` periods with figures. */
  @property({ reflect: true }) accessor periods: string | undefined = undefined;

  /** How many outturn columns a table shows when `periods` is not given. */
  @property({ type: Number, attribute: 'max-periods' }) accessor maxPeriods = 4;

  /** The comparator column, by id: England when absent. */
  @property({ reflect: true }) accessor comparator: string | undefined = undefined;

  /** The level of each table's heading (its framework node), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  /** Hides the comments column. */
  @property({ type: Boolean, attribute: 'hide-comments' }) accessor hideComments = false;

  @state() private accessor sortKey: SortKey = 'framework';
  @state() private accessor sortDescending = false;

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const root = this.node ? feed.nodes.get(this.node) : undefined;
    if (this.node && !root) {
      return errorBox('The scorecard cannot be shown.', `The feed "${feed.title}" has no framework node "${this.node}". Check the node attribute.`);
    }
    const tables = this.#tables(feed, root);
    if (!tables.length) return statusLine('There are no indicators to show.');
    return html`
      <div class="toolbar" part="toolbar">
        <button type="button" part="download" class="download" @click=${() => this.#download(feed, tables)}>Download CSV<span class="sr-only"> of the scorecard</span></button>
      </div>
      ${tables.map((t, i) => this.#renderTable(feed, t, i))}
    `;
  }

  #tables(feed: FeedData, root: ReturnType<FeedData['nodes']['get']>): Table[] {
    const periods = this.periods?.trim() ? this.periods.trim().split(/\s+/) : undefined;
    return scorecardGroups(feed, root).map((group) => {
      const columns = scorecardColumns(feed, group, { periods, maxPeriods: this.maxPeriods, comparator: this.comparator });
      return { group, columns, rows: group.refs.map((ref) => scorecardRow(feed, ref, columns)) };
    });
  }

  #sorted(rows: ScorecardRow[], feed: FeedData, columns: ScorecardColumns): ScorecardRow[] {
    const key = this.sortKey;
    if (key === 'framework') return this.sortDescending ? [...rows].reverse() : rows;
    const value = (r: ScorecardRow): number | string => {
      if (key === 'title') return r.title;
      if (key === 'direction') return statusRank(r.direction.judgement, null);
      if (key === 'rag') return statusRank(null, r.rag.status);
      const p = columns.periods[Number(key.slice(7))];
      const o = p ? feed.indicators.get(r.id)!.values.get(p.id) : undefined;
      return o?.state === 'figure' ? o.value! : Number.NEGATIVE_INFINITY;
    };
    const sign = this.sortDescending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      return sign * (typeof va === 'string' ? va.localeCompare(String(vb), 'en-GB') : va - (vb as number));
    });
  }

  #sortButton(key: SortKey, label: unknown) {
    const active = this.sortKey === key;
    return html`<button
      type="button"
      class="sort"
      @click=${() => {
        this.sortDescending = active ? !this.sortDescending : false;
        this.sortKey = key;
      }}
    >
      ${label}<span class="sort-mark" aria-hidden="true">${active ? (this.sortDescending ? ' ▼' : ' ▲') : ''}</span>
    </button>`;
  }

  #sortState(key: SortKey): 'ascending' | 'descending' | 'none' {
    return this.sortKey === key ? (this.sortDescending ? 'descending' : 'ascending') : 'none';
  }

  #renderTable(feed: FeedData, t: Table, index: number) {
    const { columns } = t;
    const rows = this.#sorted(t.rows, feed, columns);
    const captionId = `caption-${index}`;
    // The title is a heading outside the scroll region, not a <caption>: a caption is as wide as
    // its table, so on a phone it would be cut off at the region's edge. It names the table and the region.
    return html`<div class="caption" part="caption" role="heading" aria-level=${this.headingLevel} id=${captionId}>${t.group.path.join(' › ')}</div>
      <div class="sc-scroll scroll" role="region" aria-labelledby=${captionId} tabindex="0">
      <table part="table" aria-labelledby=${captionId}>
        <thead>
          <tr>
            <th scope="col" aria-sort=${this.#sortState('title')}>${this.#sortButton('title', 'Indicator')}</th>
            ${columns.comparator ? html`<th scope="col" class="num">${columns.comparator.name}</th>` : nothing}
            ${columns.periods.map(
              (p, i) => html`<th scope="col" class="num" aria-sort=${this.#sortState(`period:${i}`)}>
                ${this.#sortButton(`period:${i}`, html`${feed.authority.name} <span class=${p.label.includes(' ') ? '' : 'nowrap'}>${p.label}</span>`)}
              </th>`,
            )}
            ${columns.baseline ? html`<th scope="col" class="num">Baseline</th>` : nothing}
            ${columns.targets.map((label) => html`<th scope="col" class="num">${label}</th>`)}
            <th scope="col" aria-sort=${this.#sortState('direction')}>${this.#sortButton('direction', 'Direction of travel')}</th>
            ${columns.rag ? html`<th scope="col" aria-sort=${this.#sortState('rag')}>${this.#sortButton('rag', 'RAG')}</th>` : nothing}
            ${this.hideComments || !columns.comments ? nothing : html`<th scope="col">Comments</th>`}
          </tr>
        </thead>
        <tbody>
          ${rows.map((r) => this.#renderRow(r, columns))}
        </tbody>
      </table>
    </div>`;
  }

  #renderRow(r: ScorecardRow, columns: ScorecardColumns) {
    const d = r.direction;
    return html`<tr>
      <th scope="row">
        ${r.title}
        ${r.polarity.code ? html`<span class="polarity"><span aria-hidden="true">[${r.polarity.code}]</span><span class="sr-only">, ${r.polarity.words}</span></span>` : nothing}
      </th>
      ${
        r.comparator
          ? html`<td class="num ${r.comparator.text === NO_DATA ? 'empty' : ''}"><span aria-hidden="true">${r.comparator.text}</span><span class="sr-only">${r.comparator.words}</span></td>`
          : nothing
      }
      ${r.figures.map(
        (f) =>
          html`<td class="num ${f.empty ? 'empty' : ''}"><span aria-hidden="true">${f.text}${f.words.includes('provisional') ? html`<sup class="p">p</sup>` : nothing}</span><span class="sr-only">${f.words}</span></td>`,
      )}
      ${columns.baseline ? html`<td class="num">${r.baseline}</td>` : nothing}
      ${r.targets.map((t) => html`<td class="num">${t}</td>`)}
      <td class="direction ${d.judgement ?? 'neutral'}">
        <span aria-hidden="true">
          ${d.movement ? html`<svg class="arrow" viewBox="0 0 16 16" width="14" height="14" focusable="false">${arrow(d.movement)}</svg>` : nothing}
          ${d.label}${d.status === 'compared' ? html` <span class="vs">${d.vs}</span>` : nothing}
        </span>
        <span class="sr-only">${d.words}</span>
      </td>
      ${columns.rag ? this.#renderRag(r) : nothing}
      ${this.hideComments || !columns.comments ? nothing : html`<td class="comment">${r.comment.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}</td>`}
    </tr>`;
  }

  #renderRag(r: ScorecardRow) {
    return html`<td class="rag ${r.rag.status ?? 'none'}">
      ${
        r.rag.status
          ? html`<svg class="rag-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${ragShape(r.rag.status)}</svg>
            <strong>${r.rag.status[0]!.toUpperCase() + r.rag.status.slice(1)}</strong>
            <span class="reason">${r.rag.reason}</span>`
          : html`<span class="muted">None</span><span class="sr-only">: ${r.rag.reason}</span>`
      }
    </td>`;
  }

  #download(feed: FeedData, tables: Table[]) {
    const name =
      feed.title
        .replace(/[^\w\s-]+/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .toLowerCase() || 'scorecard';
    download(`${name}.csv`, scorecardCsv(feed, tables), 'text/csv');
  }
}
