import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartFigure, errorBox, ScWidget, statusLine, unknownIndicator, type FeedData, type Indicator, type Polarity } from '@scorecard-kit/core';
import {
  formatChange,
  formatFigure,
  formatParts,
  formatValue,
  neighbourRanking,
  ordinal,
  UNIT_WORDS,
  type FormatOptions,
  type NeighbourRanking,
} from '@scorecard-kit/core/rules';
import { neighboursStyles } from './neighbours.styles.js';

/**
 * The authority among its statistical neighbours for one indicator, as DfE's LAIT shows it: each
 * neighbour's figure ranked best first (by the indicator's polarity), the authority marked, England
 * and the neighbours' average as lines, the ranking in words, and the same figures as a table.
 * The neighbours are the feed's `peer` comparators (`scorecard-kit import-ees` writes one for each).
 * A tile opens it from "Compare with the statistical neighbours"; it also stands on its own.
 *
 * @tagname sc-neighbours
 * @summary The authority ranked among its statistical neighbours, with England and the average as lines, words and a table.
 *
 * @csspart chart - The ranked list with its bars.
 * @csspart caption - What the chart shows.
 * @csspart summary - The ranking in words.
 * @csspart key - What the lines are.
 * @csspart toggle - The "Show as a table" button.
 * @csspart table - The table of the same figures.
 * @csspart error - The message shown when the indicator is not in the feed.
 *
 * @cssprop [--sc-neighbours-bar-color=#1d70b8] - The neighbours' bars.
 * @cssprop [--sc-neighbours-own-color=#0b0c0c] - The authority's own bar.
 */
export class ScNeighbours extends ScWidget {
  static override styles = [...ScWidget.styles, chartFigure, neighboursStyles];

  /** The id of the indicator to rank. */
  @property({ reflect: true }) accessor indicator: string | undefined = undefined;

  /** Overrides the indicator's polarity (a framework node may judge it differently). */
  @property({ attribute: false }) accessor polarity: Polarity | undefined = undefined;

  /** Shows the table instead of the chart (the reader can switch). */
  @state() private accessor table = false;

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const ind = this.indicator ? feed.indicators.get(this.indicator) : undefined;
    if (!ind) return errorBox('The neighbours cannot be shown.', unknownIndicator(feed.title, this.indicator));
    const r = neighbourRanking(feed, ind, { period: this.activePeriod, polarity: this.polarity });
    const fmt: FormatOptions = { unit: ind.unit, decimals: ind.decimals, currency: ind.currency };
    const caption = `${feed.authority.name} among its statistical neighbours: ${ind.title}${r.period ? `, ${r.period.label}` : ''}`;
    if (r.rows.length < 2) return html`<p part="caption" class="caption">${caption}</p>${statusLine(r.words)}`;
    return html`<figure class="neighbours" aria-labelledby="caption">
      <figcaption part="caption" class="caption" id="caption">${caption}</figcaption>
      <p part="summary" class="summary">${r.words}</p>
      <button type="button" class="toggle" part="toggle" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>Show as a table</button>
      ${this.table ? this.#renderTable(feed, ind, r, fmt) : this.#renderChart(r, fmt)}
    </figure>`;
  }

  #renderChart(r: NeighbourRanking, fmt: FormatOptions) {
    const values = [...r.rows.map((x) => x.value ?? 0), ...r.lines.map((l) => l.value)];
    const low = Math.min(0, ...values);
    const span = Math.max(...values) - low || 1;
    const x = (v: number) => ((v - low) / span) * 100;
    // The bars' figures are numbers alone (a long unit would crowd a phone): the unit is said once, above them.
    const unit = fmt.unit === 'percent' || fmt.unit === 'money' || fmt.unit === 'count' ? '' : UNIT_WORDS[fmt.unit];
    return html`${unit ? html`<p class="unit">Figures: ${unit}</p>` : nothing}
      <ol part="chart" class="chart">
        ${r.rows.map(
          (row) => html`<li class=${row.authority ? 'own' : ''}>
            <span class="rank">${row.rank ? ordinal(row.rank) : html`<span aria-hidden="true">–</span><span class="sr-only">Not ranked:</span>`}</span>
            <span class="name">${row.name}</span>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              ${row.value === null ? nothing : svg`<rect x=${Math.min(x(row.value), x(0))} y="1" width=${Math.abs(x(row.value) - x(0))} height="8"></rect>`}
              ${r.lines.map((l, i) => svg`<line class="line-${i}" x1=${x(l.value)} x2=${x(l.value)} y1="0" y2="10"></line>`)}
            </svg>
            <span class="value ${row.value === null ? 'empty' : ''}"
              >${
                row.value === null
                  ? html`<span aria-hidden="true">${formatFigure(row.observation, fmt).text}</span><span class="sr-only">${formatFigure(row.observation, fmt).words}</span>`
                  : formatParts(row.value, fmt).figure
              }</span
            >
          </li>`,
        )}
      </ol>
      ${
        r.lines.length
          ? html`<p part="key" class="key" aria-hidden="true">
            ${r.lines.map((l, i) => html`<span class="key-item"><span class="swatch line-${i}"></span>${l.name} ${formatValue(l.value, fmt)}</span> `)}
          </p>`
          : nothing
      }`;
  }

  #renderTable(feed: FeedData, ind: Indicator, r: NeighbourRanking, fmt: FormatOptions) {
    const england = r.lines.find((l) => feed.comparators.get(l.id)?.kind === 'england');
    return html`<div class="sc-scroll" part="table" role="region" aria-labelledby="caption" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Area</th>
            <th scope="col" class="num">${ind.shortTitle ?? 'Figure'}</th>
            ${england ? html`<th scope="col" class="num">Compared with ${england.name}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${r.rows.map(
            (row) => html`<tr class=${row.authority ? 'own' : ''}>
              <td>${row.rank ? ordinal(row.rank) : 'Not ranked'}</td>
              <th scope="row">${row.name}</th>
              <td class="num">${formatFigure(row.observation, fmt).words}</td>
              ${england ? html`<td class="num">${row.value === null ? '' : formatChange(row.value - england.value, fmt)}</td>` : nothing}
            </tr>`,
          )}
          ${r.lines.map(
            (l) => html`<tr class="line">
              <td></td>
              <th scope="row">${l.name}</th>
              <td class="num">${formatValue(l.value, fmt)}</td>
              ${england ? html`<td class="num">${l === england ? '' : formatChange(l.value - england.value, fmt)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
