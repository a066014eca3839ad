import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  errorBox,
  fileMissing,
  statusLine,
  ScWidget,
  type Comparator,
  type Indicator,
  type Observation,
  type Polarity,
  type FeedData,
  markStyles,
} from '@scorecard-kit/core';
import {
  benchmarks,
  directionOfTravel,
  distanceTravelled,
  formatFigure,
  figureInWords,
  formatParts,
  formatValue,
  AUTHORITY_COMPARATOR,
  indicatorForArea,
  polarityLabel,
  ragStatus,
  seriesSummary,
  targetsAt,
  tileComparators,
  type FormatOptions,
} from '@scorecard-kit/core/rules';
import { sparkline } from '../geometry/sparkline.js';
import { arrow, cssomStyle, ragShape } from '@scorecard-kit/core';
import { indicatorTileStyles } from './indicator-tile.styles.js';
import { drawLater, forget, offScreen, watchOnScreen, whenNear } from './deferral.js';

/**
 * The detailed views, each loaded the first time a tile opens one: most pages never do, so a page
 * of tiles does not download their charts.
 */
const DETAIL = {
  neighbours: () => import('../neighbours/neighbours.define.js'),
  breakdown: () => import('../breakdown/breakdown.define.js'),
};

const SPARK_W = 160;
const SPARK_H = 40;

type ShownComparators = ReturnType<typeof tileComparators>;

/**
 * One indicator at a glance: its latest value, the direction of travel in a shape and a word,
 * the BB/SB mark, RAG with its reason, the comparators, targets, a sparkline with its words, and
 * the commentary. The whole tile is one tab stop (its title); Enter or a click selects it, and
 * the arrow keys step through the sparkline's points, each announced.
 *
 * @tagname sc-indicator-tile
 * @summary One indicator at a glance: value, direction of travel, BB/SB, RAG, benchmarks and trend.
 *
 * @csspart tile - The card.
 * @csspart title - The title, a button that selects the indicator.
 * @csspart value - The figure, its period and its marks.
 * @csspart in-words - The figure in a sentence ("About 6 in every 100 children …"), where the feed gives the words.
 * @csspart direction - The direction-of-travel arrow and word.
 * @csspart polarity - The BB / SB mark.
 * @csspart rag - The RAG mark and its reason.
 * @csspart benchmarks - The comparator list.
 * @csspart targets - The target list.
 * @csspart distance - Distance travelled from the baseline towards the year target in force, in words.
 * @csspart sparkline - The trend chart.
 * @csspart about - "About this figure": the indicator's definition, in a disclosure.
 * @csspart commentary - The commentary disclosure.
 * @csspart neighbours - "Compare with the statistical neighbours", which opens the ranked chart.
 * @csspart breakdown - Each "By ethnicity", "By sex"…: opens the feed's breakdown of the indicator (`<sc-breakdown>`).
 * @csspart warning - Comparators named in `comparators` that the feed does not have.
 * @csspart links - The list of links.
 * @csspart error - The message shown when the tile cannot show its indicator.
 *
 * @cssprop [--sc-tile-background=var(--sc-color-surface)] - Card background.
 * @cssprop [--sc-tile-border=1px solid var(--sc-color-border)] - Card border.
 * @cssprop [--sc-tile-padding=1rem] - Card padding.
 * @cssprop [--sc-tile-value-size=var(--sc-text-figure)] - Size of the figure.
 * @cssprop [--sc-color-accent=var(--sc-color-border)] - The card's top edge, a brand's colour.
 * @cssprop [--sc-radius=0] - The card's corners.
 * @cssprop [--sc-tile-unit-size=var(--sc-text-heading)] - Size of a long unit beside the figure ("per 10,000", "days"): smaller than the figure.
 * @cssprop [--sc-color-improved=#00703c] - Improved arrow and word.
 * @cssprop [--sc-color-deteriorated=#d4351c] - Deteriorated arrow and word.
 * @cssprop [--sc-color-maintained=#505a5f] - Maintained or neutral arrow and word.
 * @cssprop [--sc-sparkline-color=currentColor] - The authority's line.
 * @cssprop [--sc-sparkline-comparator-color=#6f777b] - The comparator's (England's) line.
 * @cssprop [--sc-sparkline-band-color=rgb(0 112 60 / 15%)] - The target band.
 *
 * @fires {CustomEvent<{kind: 'indicator', id: string}>} sc-select - The user clicked the tile or pressed Enter on it.
 */
export class ScIndicatorTile extends ScWidget {
  static override styles = [...ScWidget.styles, markStyles, indicatorTileStyles];

  /**
   * The id of the indicator to show. Set to another, the tile shows it at once with its
   * disclosures closed (`<sc-tile-grid>` reuses tiles this way when its indicators change).
   */
  @property({ reflect: true }) accessor indicator: string | undefined = undefined;

  /** `detailed` shows everything; `compact` shows the title, figure, direction and RAG. */
  @property({ reflect: true }) accessor variant: 'detailed' | 'compact' = 'detailed';

  /** The level of the tile's title in the page's outline of headings: 2 by default, under a page's one `<h1>` (a grid sets its tiles one below its groups). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  /**
   * A locality id: shows that locality's figures beside the authority's. When absent, the tile
   * follows an area selected in another widget of the same `<sc-feed>` (a map), if any.
   */
  @property({ reflect: true }) accessor area: string | undefined = undefined;

  /** Overrides the indicator's polarity (a framework node may judge it differently). */
  @property({ attribute: false }) accessor polarity: Polarity | undefined = undefined;

  /**
   * The comparators listed beside the figure, by id, separated by spaces. When absent, those the
   * feed marks `onTiles`, else England, the region and the statistical neighbours' average.
   */
  @property({ reflect: true }) accessor comparators: string | undefined = undefined;

  /** Whether "Compare with the statistical neighbours" is open (its chart is drawn only then). */
  @state() private accessor neighboursOpen = false;

  /** The breakdowns opened ("By ethnicity"), drawn only once opened. */
  @state() private accessor breakdownsOpen: ReadonlySet<string> = new Set();
  /** The detailed views whose module could not be loaded (a file missing beside the kit's, or offline). */
  @state() private accessor detailsMissing: ReadonlySet<keyof typeof DETAIL> = new Set();

  /**
   * Shows only the title until the tile comes near the viewport; once drawn, a change reaching it
   * while it is off screen is drawn when the page is idle or the tile comes back on screen, so that
   * the frame showing the change draws only the tiles on screen. For grids of hundreds of tiles
   * (`<sc-tile-grid>` sets it for large grids). Printing draws every tile in full, as it is now.
   */
  @property({ type: Boolean, reflect: true }) accessor defer = false;

  #placeholderDrawn = false;

  /** Whether the tile has come near the viewport (always, for a tile that does not defer). */
  @state() private accessor seen = false;

  /** The sparkline point being pointed at or stepped to with the arrow keys, by period position. */
  @state() private accessor point: number | null = null;

  @state() private accessor announcement = '';

  /** Set while a change held back off screen is being drawn. */
  #catchingUp = false;

  /**
   * Draws a change that reaches the tile while it is off screen when the page is next idle, or as
   * soon as it comes back on screen, so that the frame showing the change draws only the tiles on
   * screen (`defer` does this too). `<sc-tile-grid>` sets it on every tile of a large grid.
   */
  @property({ type: Boolean, attribute: 'lazy-updates', reflect: true }) accessor lazyUpdates = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  /** Starts watching for the viewport, as `defer` and `lazy-updates` ask. */
  #watch() {
    if (this.defer && !this.seen) whenNear(this, () => this.#comeNear());
    else if (this.defer || this.lazyUpdates) watchOnScreen(this);
  }

  #comeNear() {
    this.seen = true;
    watchOnScreen(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forget(this);
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // A new indicator is never held back: the tile must not go on showing another's figures.
    if ((!this.defer && !this.lazyUpdates) || changed.has('seen' as keyof ScIndicatorTile) || changed.has('indicator')) return true;
    // A deferred tile away from the viewport keeps its placeholder; it catches up when it is seen.
    if (this.defer && !this.seen) return !this.#placeholderDrawn;
    // Drawn once, now off screen: the change waits for an idle moment, or for the tile to come on
    // screen, so that the frame showing it draws only the tiles on screen.
    if (offScreen(this) && !this.#catchingUp) {
      drawLater(this, () => {
        this.#catchingUp = true;
        this.requestUpdate();
      });
      return false;
    }
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#catchingUp = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('indicator') || changed.has('period')) this.point = null;
    if (changed.has('indicator') && changed.get('indicator') !== undefined) this.#newIndicator();
    if ((changed.has('defer') || changed.has('lazyUpdates')) && this.isConnected) this.#watch();
  }

  /**
   * Another indicator in this tile (a grid hands a leaving tile's element to an arriving indicator):
   * its views start closed, and off screen a deferred tile goes back to its placeholder, as a new
   * tile would be.
   */
  #newIndicator() {
    // The disclosures' own state too: "About" and "Commentary" keep theirs in the page.
    for (const d of this.renderRoot.querySelectorAll('details')) d.open = false;
    this.neighboursOpen = false;
    this.breakdownsOpen = new Set();
    this.announcement = '';
    if (this.defer && offScreen(this)) {
      this.seen = false;
      this.#placeholderDrawn = false;
      forget(this);
      this.#watch();
    }
  }

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    if (this.defer && !this.seen) {
      this.#placeholderDrawn = true;
      const title = this.indicator ? feed.indicators.get(this.indicator)?.title : undefined;
      return html`<article part="tile" class="tile placeholder" aria-busy="true">
        <div role="heading" aria-level=${this.headingLevel} class="heading">${title ?? this.indicator}</div>
        ${statusLine('Figures appear when this tile is on screen.')}
      </article>`;
    }
    if (!this.indicator) return this.#problem(`This tile has no indicator: set its indicator attribute to one of the feed's indicator ids.`);
    const ind = feed.indicators.get(this.indicator);
    if (!ind) {
      const ids = [...feed.indicators.keys()];
      return this.#problem(
        `The feed "${feed.title}" has no indicator "${this.indicator}". Check the indicator attribute${
          ids.length
            ? `; the feed's indicators include ${ids
                .slice(0, 5)
                .map((i) => `"${i}"`)
                .join(', ')}${ids.length > 5 ? '…' : ''}`
            : ''
        }.`,
      );
    }
    const period = this.activePeriod;
    if (period && !feed.periodIndex.has(period)) {
      return this.#problem(`The feed "${feed.title}" has no period "${period}". Check the period attribute, or leave it out to show the latest figure.`);
    }
    const shown = tileComparators(feed.comparators, this.comparators?.trim() ? this.comparators.trim().split(/\s+/) : undefined);
    const areaId = this.area || (this.selection?.kind === 'area' ? this.selection.id : undefined);
    const view = areaId ? indicatorForArea(feed, ind, areaId) : undefined;
    if (areaId && !view && this.area) return this.#problem(`The feed "${feed.title}" has no locality "${areaId}". Check the area attribute.`);
    if (!view) return this.#renderTile(feed, ind, period, shown, undefined);
    // An area's tile sets the authority first, then the comparators the authority's tile shows.
    const forArea = new Map([...view.comparators].filter(([id]) => id === AUTHORITY_COMPARATOR || shown.comparators.has(id)));
    return this.#renderTile(feed, view.indicator, period, { comparators: forArea, unknown: shown.unknown }, feed.localities.get(areaId!)!.name);
  }

  #problem(message: string) {
    return errorBox('This indicator cannot be shown.', message);
  }

  #renderTile(feed: FeedData, ind: Indicator, period: string | undefined, shown: ShownComparators, areaName: string | undefined) {
    const fmt: FormatOptions = { unit: ind.unit, decimals: ind.decimals, currency: ind.currency };
    const polarity = this.polarity ?? ind.polarity;
    const current = period ? ind.values.get(period) : ind.values.latest();
    const periodLabel = current?.period.label ?? (period ? feed.periods[feed.periodIndex.get(period)!]!.label : '');
    const figure = formatFigure(current, fmt);
    // A long unit ("per 10,000") is set smaller than the figure, and never broken.
    const parts = current?.state === 'figure' ? formatParts(current.value!, fmt) : undefined;
    const direction = directionOfTravel(ind, feed.periods, { period: current?.period.id ?? period, polarity });
    const rag = ragStatus(ind, feed.periods, current, { polarity });
    const pl = polarityLabel(polarity, ind.range, ind.unit, ind.decimals);
    const selected = this.selection?.kind === 'indicator' && this.selection.id === ind.id;
    const compact = this.variant === 'compact';
    const illustrative = ind.illustrative || current?.illustrative;
    const tone = direction.judgement ?? 'neutral';
    // The figure in a sentence, where the feed gives the words (an area's tile keeps to the figures).
    const inWords =
      compact || areaName
        ? undefined
        : figureInWords(
            ind,
            current,
            [...feed.comparators.values()].find((c) => c.kind === 'england'),
            feed.periods,
          );

    return html`<article
      part="tile"
      class="tile ${compact ? 'compact' : ''} ${selected ? 'selected' : ''}"
      aria-labelledby="title"
      @click=${this.#onClick}
    >
      <div class="head">
        <div role="heading" aria-level=${this.headingLevel} class="heading">
          <button id="title" part="title" class="title" aria-describedby="value direction" @keydown=${this.#onKeydown}>
            ${ind.title}${areaName ? html`<span class="area">: ${areaName}</span>` : nothing}${selected ? html`<span class="sr-only"> (selected)</span>` : nothing}
          </button>
        </div>
        ${pl.code ? html`<span class="polarity" part="polarity"><span aria-hidden="true">${pl.code}</span><span class="sr-only">${pl.words}</span></span>` : nothing}
      </div>

      <p class="value" id="value" part="value">
        <span class="figure ${figure.empty ? 'empty' : ''}" aria-hidden="true"
          >${parts ? html`${parts.figure}${parts.unit ? html` <span class="unit">${parts.unit}</span>` : nothing}` : figure.text}</span
        >
        <span class="sr-only">${figure.words}</span>
        ${periodLabel ? html`<span class="period">${periodLabel}</span>` : nothing}
        ${current?.provisional ? html`<span class="tag">Provisional</span>` : nothing}
        ${illustrative ? html`<span class="tag">Illustrative</span>` : nothing}
      </p>
      ${inWords ? html`<p class="in-words" part="in-words">${inWords}</p>` : nothing}

      <p class="direction ${tone}" id="direction" part="direction">
        ${direction.movement ? html`<svg class="arrow" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${arrow(direction.movement)}</svg>` : nothing}
        <span aria-hidden="true"><strong class="judgement">${direction.label}</strong>${direction.status === 'no-comparison' ? nothing : html` <span class="vs">${direction.vs}</span>`}</span>
        <span class="sr-only">${direction.words}</span>
      </p>

      ${
        rag.status
          ? html`<p class="rag ${rag.status}" part="rag">
            <svg class="rag-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${ragShape(rag.status)}</svg>
<strong>${rag.status.charAt(0).toUpperCase() + rag.status.slice(1)}:</strong> ${rag.reason}</p>`
          : nothing
      }
      ${compact ? nothing : this.#renderDetails(feed, ind, current, fmt, shown, areaName)}
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </article>`;
  }

  #renderDetails(feed: FeedData, ind: Indicator, current: Observation | undefined, fmt: FormatOptions, shown: ShownComparators, areaName: string | undefined) {
    const marks = benchmarks(shown.comparators, ind, current, feed.periods, { polarity: this.polarity });
    // Each neighbour's figure is one step away: the authority's tile opens their ranked chart.
    const peers = areaName ? 0 : [...feed.comparators.values()].filter((c) => c.kind === 'peer' && ind.comparators.has(c.id)).length;
    const targets = current ? targetsAt(ind, feed.periods, current.period) : (ind.targets ?? []);
    const commentary = (ind.commentary ?? []).filter((c) => !c.period || c.period === current?.period.id);
    return html`
      ${
        marks.length
          ? html`<ul class="benchmarks" part="benchmarks">
            ${marks.map(
              (b) => html`<li class=${b.better === null ? '' : b.better ? 'better' : 'worse'}>
                <span aria-hidden="true"
                  ><span class="who">${b.comparator.name}</span> <span class="theirs"><strong>${b.figure}</strong>${b.earlier ? ` (${b.earlier})` : ''}</span
                  >${b.gap === null ? nothing : html` <span class="difference">${b.gap}</span>`}</span
                >
                <span class="sr-only">${b.words}</span>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        targets.length
          ? html`<ul class="targets" part="targets">
            ${targets.map((t) => html`<li>${t.label}: ${formatValue(t.value, fmt)}${t.upper !== undefined ? `–${formatValue(t.upper, fmt)}` : ''}</li>`)}
          </ul>`
          : nothing
      }
      ${this.#renderDistance(feed, ind, current)}
      ${shown.unknown.length ? statusLine(`Not in the feed, so not shown: ${shown.unknown.map((id) => `"${id}"`).join(', ')}.`, { part: 'warning' }) : nothing}
      ${this.#renderSparkline(feed, ind, fmt)}
      ${
        peers
          ? html`<details class="neighbours" part="neighbours" @toggle=${(e: Event) => this.#toggleNeighbours((e.currentTarget as HTMLDetailsElement).open)}>
              <summary>Compare with the ${peers} statistical neighbour${peers === 1 ? '' : 's'}</summary>
              ${
                this.neighboursOpen
                  ? this.#detail(
                      'neighbours',
                      () =>
                        html`<sc-neighbours .feed=${this.feedForInner} indicator=${ind.id} .period=${current?.period.id ?? this.activePeriod} .polarity=${this.polarity}></sc-neighbours>`,
                    )
                  : nothing
              }
            </details>`
          : nothing
      }
      ${ind.breakdowns.map(
        (
          b,
        ) => html`<details class="breakdown" part="breakdown" @toggle=${(e: Event) => this.#toggleBreakdown(b.id, (e.currentTarget as HTMLDetailsElement).open)}>
          <summary>By ${b.label.toLowerCase()}</summary>
          ${
            this.breakdownsOpen.has(b.id)
              ? this.#detail(
                  'breakdown',
                  () =>
                    html`<sc-breakdown .feed=${this.feedForInner} indicator=${ind.id} breakdown=${b.id} .period=${current?.period.id ?? this.activePeriod}></sc-breakdown>`,
                )
              : nothing
          }
        </details>`,
      )}
      ${
        ind.definition
          ? html`<details class="about" part="about">
              <summary>About this figure</summary>
              ${ind.definition.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`)}
            </details>`
          : nothing
      }
      ${
        commentary.length
          ? html`<details class="commentary" part="commentary">
            <summary>Commentary${current ? ` for ${current.period.label}` : ''}</summary>
            ${commentary.flatMap((c) => c.text.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`))}
          </details>`
          : nothing
      }
      ${
        ind.links?.length
          ? html`<ul class="links" part="links">
            ${ind.links.map((l) => html`<li><a href=${l.url} rel="noopener noreferrer">${l.label}</a></li>`)}
          </ul>`
          : nothing
      }
    `;
  }

  /** The sparkline's figures and shapes, worked out once per feed and indicator: a change of period only moves its marks. */
  #trend(feed: FeedData, ind: Indicator) {
    if (this.#trendOf?.feed === feed && this.#trendOf.ind === ind) return this.#trendOf;
    const observations = ind.values.observations();
    const figures = observations.filter((o) => o.state === 'figure');
    let geometry: ReturnType<typeof sparkline> | null = null;
    const england = [...feed.comparators.values()].find((c) => c.kind === 'england');
    let reference: Observation | undefined;
    let comparator: { index: number; value: number }[] = [];
    if (figures.length >= 2) {
      const comparatorSeries = england ? ind.comparators.get(england.id) : undefined;
      const englandFigures = comparatorSeries?.observations().filter((o) => o.state === 'figure') ?? [];
      // A single comparator figure (an England average for one year) is drawn as a reference line across the chart.
      reference = englandFigures.length === 1 ? englandFigures[0] : undefined;
      comparator = reference
        ? [
            { index: figures[0]!.index, value: reference.value! },
            { index: figures[figures.length - 1]!.index, value: reference.value! },
          ]
        : englandFigures.map((o) => ({ index: o.index, value: o.value! }));
      const target = ind.targets?.find((t) => t.upper !== undefined);
      const band = ind.polarity === 'range' && ind.range ? ind.range : target ? { low: target.value, high: target.upper! } : undefined;
      geometry = sparkline({
        values: figures.map((o) => ({ index: o.index, value: o.value! })),
        gaps: observations.filter((o) => o.state !== 'figure').map((o) => o.index),
        comparator,
        band,
        width: SPARK_W,
        height: SPARK_H,
      });
    }
    this.#trendOf = { feed, ind, observations, figures, geometry, england: comparator.length ? england : undefined, reference };
    return this.#trendOf;
  }

  #trendOf: {
    feed: FeedData;
    ind: Indicator;
    observations: Observation[];
    figures: Observation[];
    geometry: ReturnType<typeof sparkline> | null;
    /** England, when its line is drawn. */
    england: Comparator | undefined;
    reference: Observation | undefined;
  } | null = null;

  #renderDistance(feed: FeedData, ind: Indicator, current: Observation | undefined) {
    const d = distanceTravelled(ind, feed.periods, current, { polarity: this.polarity });
    return d ? html`<p class="distance" part="distance">${d.words}</p>` : nothing;
  }

  #toggleNeighbours(open: boolean) {
    this.neighboursOpen = open;
    if (open) this.#loadDetail('neighbours');
  }

  #toggleBreakdown(id: string, open: boolean) {
    const next = new Set(this.breakdownsOpen);
    if (open) next.add(id);
    else next.delete(id);
    this.breakdownsOpen = next;
    if (open) this.#loadDetail('breakdown');
  }

  /** Defines the view's element (once; the browser keeps the module), or says it could not. */
  #loadDetail(kind: keyof typeof DETAIL) {
    DETAIL[kind]().catch(() => {
      this.detailsMissing = new Set([...this.detailsMissing, kind]);
    });
    // Drawn as soon as the element is defined, which is before the module's promise settles.
    void customElements.whenDefined(`sc-${kind}`).then(() => this.requestUpdate());
  }

  /** An opened view: drawn once its element is defined, said to be loading until then, or why it cannot be. */
  #detail(kind: keyof typeof DETAIL, view: () => TemplateResult) {
    if (this.detailsMissing.has(kind)) {
      return fileMissing('This view');
    }
    return customElements.get(`sc-${kind}`) ? view() : statusLine('Loading…', { live: true });
  }

  #renderSparkline(feed: FeedData, ind: Indicator, fmt: FormatOptions) {
    const { observations, figures, geometry: shapes, england, reference } = this.#trend(feed, ind);
    if (!shapes) {
      return html`<p class="no-trend" part="sparkline">${seriesSummary(observations, fmt)}</p>`;
    }
    const geometry = shapes;
    const focused = this.point === null ? undefined : figures.find((o) => o.index === this.point);
    const at = focused ? geometry.points.find((p) => p.index === focused.index) : undefined;
    return html`<figure class="spark" part="sparkline">
      <svg
        viewBox="0 0 ${SPARK_W} ${SPARK_H}"
        width=${SPARK_W}
        height=${SPARK_H}
        aria-hidden="true"
        focusable="false"
        @pointermove=${(e: PointerEvent) => this.#onPointer(e, figures)}
        @pointerleave=${() => (this.point = null)}
      >
        ${geometry.band ? svg`<rect class="band" x="0" y=${geometry.band.y} width=${SPARK_W} height=${geometry.band.height}></rect>` : nothing}
        ${geometry.comparatorLine ? svg`<path class="comparator" d=${geometry.comparatorLine}></path>` : nothing}
        <path class="line" d=${geometry.line}></path>
        ${geometry.points.map((p) => svg`<circle class="point ${p.index === this.point ? 'on' : ''}" cx=${p.x} cy=${p.y} r=${p.index === this.point ? 4 : 2}></circle>`)}
      </svg>
      ${
        focused && at
          ? html`<span class="tip" ${cssomStyle({ left: `${(at.x / SPARK_W) * 100}%` })} aria-hidden="true">${focused.period.label}: ${formatValue(focused.value!, fmt)}</span>`
          : nothing
      }
      <figcaption class="sr-only">Trend: ${seriesSummary(observations, fmt)}${england ? ` The dashed line is ${england.name}${reference ? `'s figure for ${reference.period.label}` : ''}.` : ''}</figcaption>
      ${england ? html`<p class="key" aria-hidden="true"><span class="key-comparator"></span>${england.name}${reference ? ` (${reference.period.label})` : ''}</p>` : nothing}
    </figure>`;
  }

  #onPointer(e: PointerEvent, figures: Observation[]) {
    const svgEl = e.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * SPARK_W;
    const first = figures[0]!.index;
    const last = figures[figures.length - 1]!.index;
    const index = first + Math.round(((x - 3) / (SPARK_W - 6)) * (last - first));
    const nearest = figures.reduce((a, b) => (Math.abs(b.index - index) < Math.abs(a.index - index) ? b : a));
    this.point = nearest.index;
  }

  #onClick = (e: MouseEvent) => {
    // Links and the commentary disclosure do their own thing.
    if (e.composedPath().some((n) => n instanceof HTMLAnchorElement || n instanceof HTMLDetailsElement)) return;
    if (this.indicator) this.select({ kind: 'indicator', id: this.indicator });
  };

  #onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    const feed = this.data;
    const ind = feed && this.indicator ? feed.indicators.get(this.indicator) : undefined;
    if (!ind || this.variant === 'compact') return;
    const figures = ind.values.observations().filter((o) => o.state === 'figure');
    if (figures.length < 2) return;
    e.preventDefault();
    const pos = figures.findIndex((o) => o.index === this.point);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? figures.length - 1
          : pos < 0
            ? figures.length - 1
            : Math.max(0, Math.min(figures.length - 1, pos + (e.key === 'ArrowLeft' ? -1 : 1)));
    const o = figures[next]!;
    this.point = o.index;
    this.announcement = `${o.period.label}: ${formatFigure(o, { unit: ind.unit, decimals: ind.decimals, currency: ind.currency }).words}`;
  };
}
