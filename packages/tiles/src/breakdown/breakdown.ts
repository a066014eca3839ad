import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartFigure, cssomStyle, errorBox, ScWidget, statusLine, unknownIndicator } from '@scorecard-kit/core';
import {
  breakdownCounts,
  capital,
  disproportionality,
  formatNumber,
  type Disproportionality,
  type GroupCount,
  type GroupResult,
  type Interval,
} from '@scorecard-kit/core/rules';
import type { IndicatorBreakdown } from '@scorecard-kit/core/feed';
import { breakdownStyles } from './breakdown.styles.js';

/** "21%": a share to the nearest whole percent (a tenth below 10%, so that small groups still differ). */
const pct = (x: number) => `${formatNumber(x * 100, { unit: 'count', decimals: x < 0.1 ? 1 : 0 })}%`;
const range = (i: Interval, f: (n: number) => string) => `${f(i.low)} to ${f(i.high)}`;
const times = (n: number) => formatNumber(n, { unit: 'count', decimals: n < 1 ? 2 : 1 });

/**
 * Who is over- or under-represented in a service, for the equalities framework: for each group of a
 * breakdown the feed gives (ethnicity, sex, age, disability…), its share of the children in the
 * service beside its share of the population, with 95% intervals; the ratio of the two, and the
 * relative rate against the breakdown's reference group; the findings in words, only where an
 * interval excludes 1; and the same figures as a table. Counts below the breakdown's threshold (5)
 * are never shown. The rules are core's `disproportionality`.
 *
 * @tagname sc-breakdown
 * @summary Each group's share of a service beside its share of the population, with intervals, words and a table.
 *
 * @csspart caption - What the chart shows.
 * @csspart summary - The clear findings in words.
 * @csspart chart - The groups with their two bars.
 * @csspart key - What the two bars are.
 * @csspart toggle - The "Show as a table" button.
 * @csspart table - The table of the same figures.
 * @csspart findings - Each group's finding in words.
 * @csspart notes - The population compared with, the threshold and the source.
 * @csspart error - The message shown when the indicator or breakdown is not in the feed.
 *
 * @cssprop [--sc-breakdown-service-color=#1d70b8] - The bar of a group's share of the service.
 * @cssprop [--sc-breakdown-population-color=#b1b4b6] - The bar of its share of the population.
 */
export class ScBreakdown extends ScWidget {
  static override styles = [...ScWidget.styles, chartFigure, breakdownStyles];

  /** The id of the indicator whose breakdown is shown. */
  @property({ reflect: true }) accessor indicator: string | undefined = undefined;

  /** The id of the breakdown ("ethnicity"); the indicator's first when absent. */
  @property({ reflect: true }) accessor breakdown: string | undefined = undefined;

  /** Shows the table instead of the chart (the reader can switch). */
  @state() private accessor table = false;

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const ind = this.indicator ? feed.indicators.get(this.indicator) : undefined;
    if (!ind) return errorBox('The breakdown cannot be shown.', unknownIndicator(feed.title, this.indicator));
    const b = this.breakdown ? ind.breakdowns.find((x) => x.id === this.breakdown) : ind.breakdowns[0];
    if (!b) {
      const have = ind.breakdowns.map((x) => `"${x.id}"`).join(', ');
      return errorBox(
        'The breakdown cannot be shown.',
        `"${ind.title}" has ${this.breakdown ? `no breakdown "${this.breakdown}"` : 'no breakdowns'} in the feed${have ? `; it has ${have}` : ''}.`,
      );
    }
    const { period, groups } = breakdownCounts(b, feed.periods, this.activePeriod);
    const caption = `${ind.title} by ${b.label.toLowerCase()}, ${feed.authority.name}${period ? `, ${period.label}` : ''}`;
    if (!period) return html`<p part="caption" class="caption">${caption}</p>${statusLine('The feed has no counts for this breakdown yet.')}`;
    // An indicator of shares (percent) gives each group's share, not its count: nothing can be judged.
    if (ind.unit !== 'count') return this.#renderShares(b, groups, caption);
    const d = disproportionality(groups, { reference: b.reference, threshold: b.threshold, service: b.service ?? 'in the service' });
    return html`<figure class="breakdown" aria-labelledby="caption">
      <figcaption part="caption" class="caption" id="caption">${caption}</figcaption>
      <p part="summary" class="summary">${this.#summary(d)}</p>
      <button type="button" class="toggle" part="toggle" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>Show as a table</button>
      ${this.table ? this.#renderTable(b, d) : this.#renderChart(b, d)}
      <ul part="findings" class="findings">
        ${d.groups.map((g) => html`<li class=${g.clear ?? ''}>${g.words}</li>`)}
      </ul>
      <p part="notes" class="notes">${this.#notes(b)}</p>
    </figure>`;
  }

  #renderShares(b: IndicatorBreakdown, groups: GroupCount[], caption: string) {
    const rows = groups.map((g) => ({
      label: g.label,
      share: typeof g.count === 'number' ? g.count / 100 : null,
      population: b.groups.find((x) => x.id === g.id)?.populationShare,
    }));
    return html`<figure class="breakdown" aria-labelledby="caption">
      <figcaption part="caption" class="caption" id="caption">${caption}</figcaption>
      <p part="summary" class="summary">The feed gives each group's share, not its count, so no interval can be worked out and no difference is called clear.</p>
      <div class="sc-scroll" part="table" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" class="num">Share</th>
              <th scope="col" class="num">Share of the population</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => html`<tr><th scope="row">${capital(r.label)}</th><td class="num">${r.share === null ? 'No data' : pct(r.share)}</td><td class="num">${r.population === undefined ? '' : pct(r.population / 100)}</td></tr>`)}
          </tbody>
        </table>
      </div>
      <p part="notes" class="notes">${this.#notes(b, false)}</p>
    </figure>`;
  }

  #summary(d: Disproportionality): string {
    const clear = d.groups.filter((g) => g.clear);
    if (clear.length) return clear.map((g) => g.words).join(' ');
    return d.reference
      ? `No group is clearly more or less likely than ${d.reference.label} children to be counted here.`
      : 'No group is clearly over- or under-represented.';
  }

  /** What the breakdown is compared with and where it comes from; the threshold and the intervals only where there are counts. */
  #notes(b: IndicatorBreakdown, counts = true): string {
    const illustrative = b.illustrative || b.groups.some((g) => g.values.observations().some((o) => o.illustrative));
    return [
      b.population ? `Compared with ${b.population}.` : '',
      counts ? `Groups with fewer than ${b.threshold ?? 5} children are not shown, nor anything worked out from them.` : '',
      counts ? 'Ranges are 95% intervals; a difference is called clear only when its interval leaves out "the same".' : '',
      b.source ? `Source: ${b.source}.` : '',
      illustrative ? 'These figures are illustrative.' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  #renderChart(b: IndicatorBreakdown, d: Disproportionality) {
    const max = Math.max(0.01, ...d.groups.flatMap((g) => [g.serviceShare?.high ?? 0, g.populationShare?.value ?? 0]));
    const w = (x: number) => `${(x / max) * 100}%`;
    const service = b.service ?? 'in the service';
    // The bars repeat the findings and the table, which screen readers read: they are skipped.
    return html`<p part="key" class="key" aria-hidden="true">
        <span class="key-item"><span class="swatch service"></span>Share of children ${service}</span>
        <span class="key-item"><span class="swatch population"></span>Share of ${b.population ? 'the population' : 'all children'}</span>
      </p>
      <ul part="chart" class="chart" aria-hidden="true">
        ${d.groups.map(
          (g) => html`<li>
            <span class="name">${capital(g.label)}</span>
            ${g.suppressed || !g.serviceShare ? html`<span class="none">${g.countText}</span>` : this.#bar('service', g.serviceShare, w, g)}
            ${g.populationShare ? this.#bar('population', g.populationShare, w) : nothing}
          </li>`,
        )}
      </ul>`;
  }

  #bar(kind: 'service' | 'population', share: Interval, w: (x: number) => string, g?: GroupResult) {
    return html`<span class="row ${kind}">
      <span class="track"
        ><span class="fill" ${cssomStyle({ width: w(share.value) })}></span>${
          g ? html`<span class="whisker" ${cssomStyle({ left: w(share.low), width: `calc(${w(share.high)} - ${w(share.low)})` })}></span>` : nothing
        }</span
      >
      <span class="value">${pct(share.value)}</span>
    </span>`;
  }

  #renderTable(b: IndicatorBreakdown, d: Disproportionality) {
    const ref = d.reference;
    return html`<div class="sc-scroll" part="table" role="region" aria-labelledby="caption" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" class="num">Children ${b.service ?? 'in the service'}</th>
            <th scope="col" class="num">Share (95% interval)</th>
            <th scope="col" class="num">Share of ${b.population ? 'the population' : 'all children'}</th>
            <th scope="col" class="num">Ratio of the shares (95% interval)</th>
            ${ref ? html`<th scope="col" class="num">Times as likely as ${ref.label} children (95% interval)</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${d.groups.map(
            (g) => html`<tr>
              <th scope="row">${capital(g.label)}</th>
              <td class="num">${g.countText}</td>
              <td class="num">${g.serviceShare ? `${pct(g.serviceShare.value)} (${range(g.serviceShare, pct)})` : ''}</td>
              <td class="num">${g.populationShare ? pct(g.populationShare.value) : ''}</td>
              <td class="num">${g.ratio ? `${times(g.ratio.value)} (${range(g.ratio, times)})` : ''}</td>
              ${ref ? html`<td class="num">${g.id === ref.id ? 'Reference' : g.relativeRate ? `${times(g.relativeRate.value)} (${range(g.relativeRate, times)})` : ''}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
