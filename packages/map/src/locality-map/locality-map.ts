import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  errorBox,
  statusLine,
  cssomStyle,
  unknownIndicator,
  ScWidget,
  type AreaLevel,
  type FeedData,
  type Indicator,
  type Locality,
  type MapShading,
} from '@scorecard-kit/core';
import {
  areasOf,
  directionOfTravel,
  formatChange,
  formatFigure,
  formatValue,
  indicatorForArea,
  indicatorsUnder,
  rankWords,
  roundShown,
  type AreaFigure,
} from '@scorecard-kit/core/rules';
import { placeLabels } from '../geometry/labels.js';
import { loadShapes } from '../geometry/load.js';
import { nearestInHeading, type Heading } from '../geometry/nearest.js';
import { project, type Drawing, type Drawn } from '../geometry/project.js';
import type { Shape } from '../geometry/shapes.js';
import { boundaryFor, mapModel, shapesForAreas, type MapModel } from '../model/map-model.js';
import { localityMapStyles } from './locality-map.styles.js';
import { WidthController } from './width-controller.js';

const LEVEL_WORDS: Record<AreaLevel, string> = { ward: 'ward', locality: 'locality', authority: 'council' };
const KEYS: Record<string, Heading> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const PALETTE_STEPS = 7;
/** Shades of the default palettes dark enough that a label on them is written in white (WCAG 4.5:1 either way). */
const DARK_FILLS = new Set(['fill-seq-6', 'fill-seq-7', 'fill-much-better', 'fill-much-worse', 'fill-much-lower', 'fill-much-higher']);

/** Height of a row of the bar chart, in pixels: a step of the spacing scale, for 13 px text. */
const BAR_ROW = 20;
/**
 * Bars drawn at once: more than the chart's scrolling box shows (36rem of 20 px rows). The rest
 * are drawn after that frame is painted, so that a map of 153 councils paints sooner.
 */
const BARS_AT_ONCE = 40;
const FONT = { size: 12, charWidth: 6.6 };

type SortKey = 'name' | 'value';

/** An area as the map shows it: its figure, what it says, and the class of its shade. */
interface ShownArea {
  figure: AreaFigure;
  text: string;
  rank: string;
  words: string;
  fill: string;
}

type ShownModel = MapModel & { areas: Map<string, ShownArea>; fills: string[] };

/** Sequential class i of n as one of the seven palette steps, spread evenly from light to dark. */
function paletteStep(i: number, n: number): number {
  return n === 1 ? 4 : Math.round((i * (PALETTE_STEPS - 1)) / (n - 1)) + 1;
}

interface Boundaries {
  shapes: Shape[];
  unmatched: Locality[];
  missingWards: Map<string, string[]>;
  attribution: string;
}

/**
 * A choropleth of the authority's localities or wards (or of every council in England) for one
 * indicator, shaded by class with the classes in words, with a ranked bar chart beside it, a text
 * summary, and the same figures as a sortable table. Areas are chosen with a pointer, or from the
 * map's one tab stop with the arrow keys and Enter; the choice is shared with every widget of the
 * same `<sc-feed>`, so tiles show that area's figures.
 *
 * @tagname sc-locality-map
 * @summary A locality, ward or national comparison map for one indicator, with a bar chart, a table and words.
 *
 * @csspart caption - The title line: indicator, level and period.
 * @csspart summary - The highest, the lowest and the spread in words.
 * @csspart toggle - The "Show as table" button.
 * @csspart levels - The choice of locality or ward, shown when the feed has both.
 * @csspart map - The map's frame.
 * @csspart area - Each area's shape.
 * @csspart bars - The ranked bar chart.
 * @csspart table - The table of figures.
 * @csspart legend - The key to the shades and marks.
 * @csspart comparison - The chosen area beside the authority and England.
 * @csspart attribution - The boundary data's attribution, always shown.
 * @csspart warning - A note of areas without shapes, or boundaries that could not be loaded.
 * @csspart error - The message shown when the map cannot be drawn at all.
 *
 * @cssprop [--sc-map-seq-1=#eff3ff] - Sequential shades, 1 (lowest) to 7 (highest); fewer classes use evenly spaced steps.
 * @cssprop [--sc-map-better=#998ec3] - Diverging: better than the centre; `--sc-map-much-better` beyond it.
 * @cssprop [--sc-map-worse=#f1a340] - Diverging: worse than the centre; `--sc-map-much-worse` beyond it.
 * @cssprop [--sc-map-similar=#f7f7f7] - Diverging: similar to the centre.
 * @cssprop [--sc-map-lower=#5ab4ac] - Diverging without a better direction: lower; `--sc-map-much-lower`, `--sc-map-higher`, `--sc-map-much-higher` likewise.
 * @cssprop [--sc-map-stroke=#ffffff] - The lines between areas.
 * @cssprop [--sc-map-selected=#0b0c0c] - The outline of the chosen area.
 *
 * @fires {CustomEvent<{kind: 'area', id: string}>} sc-select - The user chose an area.
 */
export class ScLocalityMap extends ScWidget {
  static override styles = [...ScWidget.styles, localityMapStyles];

  /**
   * The indicator to map, by id. When absent, the map follows the indicator last selected in
   * another widget (or the first with figures by area under a framework node selected there), and
   * until then shows the feed's first indicator with figures at this level.
   */
  @property({ reflect: true }) accessor indicator: string | undefined = undefined;

  /** Which areas: `locality` (wards merged into localities), `ward`, or `authority` for the England map. */
  @property({ reflect: true }) accessor level: AreaLevel = 'locality';

  /** Address of a TopoJSON or GeoJSON file, instead of the feed's boundaries for this level. */
  @property({ reflect: true }) accessor boundaries: string | undefined = undefined;

  /** With `boundaries`: the TopoJSON object holding the shapes (the first when absent). */
  @property({ reflect: true }) accessor object: string | undefined = undefined;

  /** With `boundaries`: the property holding each shape's id (the feature id when absent). */
  @property({ reflect: true, attribute: 'id-property' }) accessor idProperty: string | undefined = undefined;

  /** With `boundaries`: the attribution the boundary data needs. */
  @property({ reflect: true }) accessor attribution: string | undefined = undefined;

  /** `sequential` or `diverging`, over the feed's choice for the indicator. */
  @property({ reflect: true }) accessor scheme: 'sequential' | 'diverging' | undefined = undefined;

  /**
   * Class breaks over the feed's: `quantile`, or numbers separated by spaces (sequential: where each
   * class after the first starts; diverging: how far from the centre is similar, then "much").
   */
  @property({ reflect: true }) accessor breaks: string | undefined = undefined;

  /** With quantile breaks: how many classes (2 to 7). */
  @property({ type: Number, reflect: true }) accessor classes: number | undefined = undefined;

  /** Diverging: compare areas with the `authority` (default) or `england`. */
  @property({ reflect: true }) accessor centre: 'authority' | 'england' | undefined = undefined;

  /** Shows the table instead of the map and bar chart, as the toggle does. */
  @property({ type: Boolean, reflect: true }) accessor table = false;

  /** Level of the chosen area's heading: 2 by default, under a page's one `<h1>`; set it to sit under the page's own headings. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  @state() private accessor active: string | undefined = undefined;
  @state() private accessor hovered: string | undefined = undefined;
  @state() private accessor chosen: string | undefined = undefined;
  @state() private accessor sortBy: { key: SortKey; descending: boolean } = { key: 'value', descending: true };

  readonly #width = new WidthController(this);
  /** How many of the ranked bars are drawn: the first screenful, then (a frame later) all. */
  #barLimit = BARS_AT_ONCE;
  /** Bars the last render had to draw. */
  #barsToDraw = 0;
  #drawingKey = '';
  #drawing: Drawing | undefined;
  #lastShared: unknown;
  #cached: { feed: FeedData; ind: Indicator; level: AreaLevel; period: string | undefined; shading: string; model: ShownModel } | undefined;
  #followed: string | undefined;

  readonly #shapes = new Task(this, {
    // The feed object, not the source built from it, so that a render does not refetch.
    args: () => [this.data, this.level, this.boundaries, this.object, this.idProperty, this.attribution] as const,
    task: async (_args, { signal }): Promise<Boundaries | null> => {
      const source = this.#boundarySource();
      if (!source) return null;
      const set = await loadShapes(source.from, source.read, signal);
      const { shapes, unmatched, missingWards } = shapesForAreas(set, source.areas, source.merge);
      return { shapes, unmatched, missingWards, attribution: source.attribution };
    },
  });

  /** Settles when the boundary file has loaded (or failed) and the map is drawn; inside `<sc-feed>`, once the feed has loaded. */
  get boundariesComplete(): Promise<unknown> {
    // After an update, so that a feed that has just arrived has started its boundaries loading.
    return this.updateComplete
      .then(() => this.#shapes.taskComplete)
      .catch(() => undefined)
      .then(() => this.updateComplete);
  }

  /** Where this map's shapes come from, or null when neither the attribute nor the feed gives any. */
  #boundarySource() {
    const feed = this.data;
    if (!feed) return null;
    const areas = areasOf(feed, this.level);
    const base = feed.url ?? document.baseURI;
    if (this.boundaries) {
      const url = new URL(this.boundaries, document.baseURI).href;
      return { from: { url }, read: { object: this.object, idProperty: this.idProperty }, areas, merge: false, attribution: this.attribution ?? '' };
    }
    const found = boundaryFor(feed, this.level);
    if (!found) return null;
    const b = found.boundary;
    const from = b.data ? { data: b.data } : { url: new URL(b.url ?? '', base).href };
    return { from, read: { object: b.object, idProperty: b.idProperty, nameProperty: b.nameProperty }, areas, merge: found.merge, attribution: b.attribution };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A selection made elsewhere (or cleared) replaces the one made here.
    const shared = this.selection;
    if (shared !== this.#lastShared) {
      this.#lastShared = shared;
      this.chosen = undefined;
      // Kept when an area is chosen next, so the map goes on showing the indicator it was showing.
      // A framework node chosen elsewhere maps its first indicator with figures by area.
      const feed = this.data;
      if (feed && shared?.kind === 'indicator' && feed.indicators.has(shared.id)) this.#followed = shared.id;
      const node = feed && shared?.kind === 'node' ? feed.nodes.get(shared.id) : undefined;
      if (feed && node)
        this.#followed =
          firstMapped(
            feed,
            this.level,
            indicatorsUnder(node).map((r) => r.id),
          ) ?? this.#followed;
    }
    if (changed.has('level') || changed.has('indicator')) this.active = undefined;
  }

  get #selectedArea(): string | undefined {
    return this.chosen ?? (this.selection?.kind === 'area' ? this.selection.id : undefined);
  }

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const id = this.indicator ?? this.#followed ?? firstMapped(feed, this.level);
    if (!id) return statusLine(`No indicator in this feed has figures by ${LEVEL_WORDS[this.level]}.`);
    const ind = feed.indicators.get(id);
    if (!ind) {
      return this.#problem(unknownIndicator(feed.title, id));
    }
    const period = this.activePeriod;
    if (period && !feed.periodIndex.has(period)) return this.#problem(`The feed "${feed.title}" has no period "${period}". Check the period attribute.`);
    const model = this.#model(feed, ind, period);
    if (model.figures.length === 0) {
      return this.#problem(
        `The feed "${feed.title}" has no areas at ${LEVEL_WORDS[this.level]} level. Give its localities "level": "${this.level}", or choose another level.`,
      );
    }
    const caption = `${ind.title}, by ${LEVEL_WORDS[this.level]}${model.period ? `, ${model.period.label}` : ''}`;
    const illustrative = ind.illustrative || model.figures.some((f) => f.area.illustrative || f.observation?.illustrative);
    const boundaries = this.#shapes.value ?? null;
    const mapFailed = this.#shapes.status === TaskStatus.ERROR || (boundaries !== null && boundaries.shapes.length === 0);
    const noMap = !this.boundaries && !boundaryFor(feed, this.level);
    const asTable = this.table || mapFailed || noMap;
    return html`
      <figure>
        <figcaption part="caption"><strong>${caption}</strong></figcaption>
        <p class="summary" part="summary">${model.summary}</p>
        ${illustrative ? html`<p class="note" part="note">Illustrative: some of these areas or figures are invented for this sample, not published.</p>` : nothing}
        ${this.#renderLevels(feed)}
        ${
          noMap || mapFailed
            ? nothing
            : html`<button type="button" class="toggle" part="toggle" aria-pressed=${this.table ? 'true' : 'false'} @click=${this.#toggleTable}>Show as table</button>`
        }
        ${this.#renderBoundaryNotes(noMap, mapFailed, boundaries)} ${this.#renderShadingWarning()}
        ${asTable ? this.#renderTable(model) : html`<div class="layout">${this.#renderMap(model, ind, boundaries)}${this.#renderBars(model)}</div>`}
        ${this.#renderLegend(model, asTable)}
        ${this.#renderComparison(feed, ind, model)}
        ${boundaries?.attribution ? html`<p class="attribution" part="attribution">Boundaries: ${boundaries.attribution}</p>` : nothing}
      </figure>
    `;
  }

  /** A choice of ward or locality, when the feed has areas at both. */
  #renderLevels(feed: FeedData) {
    const levels = (['locality', 'ward'] as const).filter((l) => areasOf(feed, l).length > 0);
    if (this.level === 'authority' || levels.length < 2) return nothing;
    return html`<fieldset class="levels" part="levels">
      <legend>Show by</legend>
      ${levels.map(
        (l) =>
          html`<label><input type="radio" name="level" .checked=${this.level === l} @change=${() => (this.level = l)} />${l === 'ward' ? 'Ward' : 'Locality'}</label>`,
      )}
    </fieldset>`;
  }

  /** The shading attributes as the feed's `map` fields; `breaks` that are neither "quantile" nor numbers are left out. */
  #shadingOverride(): MapShading & { quantile?: boolean } {
    const words = this.breaks?.trim();
    const numbers = words && words !== 'quantile' ? words.split(/[\s,]+/).map(Number) : undefined;
    const classes = this.classes !== undefined && Number.isInteger(this.classes) && this.classes >= 2 && this.classes <= 7 ? this.classes : undefined;
    return { scheme: this.scheme, centre: this.centre, classes, quantile: words === 'quantile', breaks: numbers?.every(Number.isFinite) ? numbers : undefined };
  }

  /** What is wrong with the shading attributes, in words, or nothing. */
  #renderShadingWarning() {
    const words = this.breaks?.trim();
    // What the override left out is what could not be used.
    const used = this.#shadingOverride();
    const badBreaks = words && !used.quantile && !used.breaks;
    const badClasses = this.classes !== undefined && used.classes === undefined;
    if (!badBreaks && !badClasses) return nothing;
    return html`<p class="warning" part="warning">
      ${badBreaks ? `The breaks attribute "${words}" is neither "quantile" nor numbers, so the feed's breaks are used. ` : ''}${badClasses ? `The classes attribute must be a whole number from 2 to 7, so the feed's number of classes (5 when it gives none) is used.` : ''}
    </p>`;
  }

  #problem(message: string) {
    return errorBox('This map cannot be shown.', message);
  }

  #renderBoundaryNotes(noMap: boolean, failed: boolean, b: Boundaries | null) {
    if (noMap) return statusLine(`The feed gives no boundaries for ${LEVEL_WORDS[this.level]}s, so the figures are shown as a table.`, { part: 'warning' });
    if (this.#shapes.status === TaskStatus.ERROR) {
      const e = this.#shapes.error;
      return html`<p class="warning" role="alert" part="warning">${e instanceof Error ? e.message : String(e)} The figures are shown as a table.</p>`;
    }
    if (!b) return nothing;
    const notes: string[] = [];
    if (failed)
      notes.push(
        `None of the areas has a shape in the boundary file: ${b.unmatched.map((a) => `"${a.code ?? a.id}"`).join(', ')}. Check the areas' codes against the file's ids. The figures are shown as a table.`,
      );
    else if (b.unmatched.length)
      notes.push(
        `No shape in the boundary file for ${b.unmatched.map((a) => `${a.name} ("${a.code ?? a.id}")`).join(', ')}: ${b.unmatched.length === 1 ? 'it is' : 'they are'} in the table, not on the map.`,
      );
    for (const [area, wards] of b.missingWards) notes.push(`Wards of "${area}" not in the boundary file: ${wards.map((w) => `"${w}"`).join(', ')}.`);
    if (!notes.length) return nothing;
    return failed
      ? html`<p class="warning" role="alert" part="warning">${notes.join(' ')}</p>`
      : html`<p class="warning" part="warning">${notes.join(' ')}</p>`;
  }

  #toggleTable() {
    this.table = !this.table;
  }

  /**
   * The model, and each area's words and shade, worked out once per feed, indicator, level and
   * period: a change of selection or hover only redraws.
   */
  #model(feed: FeedData, ind: Indicator, period: string | undefined): ShownModel {
    const c = this.#cached;
    const shadingKey = `${this.scheme}|${this.breaks}|${this.classes}|${this.centre}`;
    if (c && c.feed === feed && c.ind === ind && c.level === this.level && c.period === period && c.shading === shadingKey) return c.model;
    const base = mapModel(feed, ind, this.level, period, this.#shadingOverride());
    const n = base.shading.classes.length;
    const fills = base.shading.classes.map((k, i) => (k.shade.startsWith('seq-') ? `fill-seq-${paletteStep(i, n)}` : `fill-${k.shade}`));
    const areas = new Map<string, ShownArea>();
    for (const f of base.figures) {
      const fig = formatFigure(f.observation, base.fmt);
      const cls = f.value !== null ? base.shading.classOf(f.value) : -1;
      const rank = f.rank !== undefined ? rankWords(f.rank, base.ranked, ind.polarity) : '';
      areas.set(f.area.id, {
        figure: f,
        text: fig.text,
        rank,
        words: `${f.area.name}: ${fig.words}${rank ? `, ${rank}` : ''}${cls >= 0 ? `, ${base.shading.classes[cls]!.label}` : ''}`,
        fill: cls >= 0 ? fills[cls]! : f.observation?.mark ? 'fill-suppressed' : 'fill-missing',
      });
    }
    const model = { ...base, areas, fills };
    this.#cached = { feed, ind, level: this.level, period, shading: shadingKey, model };
    return model;
  }

  #layout(shapes: Shape[]): Drawing | undefined {
    const host = this.#width.value;
    if (!host) return undefined;
    // Beside the bar chart when there is room, above it when not.
    const width = host >= 640 ? Math.floor(host * 0.6) : host;
    const maxHeight = Math.min(560, Math.max(200, width * 1.3));
    const key = `${width}|${maxHeight}|${shapes.map((s) => s.id).join(',')}`;
    if (key !== this.#drawingKey) {
      this.#drawingKey = key;
      this.#drawing = project(shapes, width, maxHeight);
    }
    return this.#drawing;
  }

  #renderMap(model: ShownModel, ind: Indicator, b: Boundaries | null) {
    if (this.#shapes.status !== TaskStatus.COMPLETE || !b)
      return html`<div class="map loading" part="map">${statusLine('Loading the map…', { live: true })}</div>`;
    const drawing = this.#layout(b.shapes);
    if (!drawing) return html`<div class="map" part="map"></div>`;
    const selected = this.#selectedArea;
    const index = new Map(drawing.shapes.map((s, i) => [s.id, i]));
    const activeIndex = this.active !== undefined ? index.get(this.active) : undefined;
    const labels =
      this.level === 'authority'
        ? []
        : placeLabels(
            drawing.shapes.map((s) => ({ id: s.id, text: model.areas.get(s.id)?.figure.area.name ?? s.id, x: s.x, y: s.y, priority: s.area })),
            drawing,
            FONT,
          );
    const tip = this.hovered ?? this.active;
    const tipShape = tip !== undefined ? drawing.shapes[index.get(tip) ?? -1] : undefined;
    const tipArea = tip !== undefined ? model.areas.get(tip) : undefined;
    const home = model.home !== undefined ? drawing.shapes[index.get(model.home) ?? -1] : undefined;
    const chosen = selected !== undefined ? drawing.shapes[index.get(selected) ?? -1] : undefined;
    // The shapes are in tenths of a pixel, in a group scaled by a tenth; so the patterns that fill
    // them (and the legend's swatches) are scaled by ten. Labels and dots are in pixels.
    return html`
      <div class="map" part="map">
        <svg
          role="listbox"
          tabindex="0"
          aria-label=${`Map of ${ind.title} by ${LEVEL_WORDS[this.level]}. Arrow keys move between areas; Enter chooses one.`}
          aria-activedescendant=${activeIndex !== undefined ? `area-${activeIndex}` : nothing}
          viewBox="0 0 ${drawing.width} ${drawing.height}"
          width=${drawing.width}
          height=${drawing.height}
          @keydown=${(e: KeyboardEvent) => this.#onKey(e, drawing.shapes)}
          @focus=${() => this.#onFocus(drawing.shapes)}
          @blur=${() => (this.active = undefined)}
          @pointerleave=${() => (this.hovered = undefined)}
        >
          <defs>
            <pattern id="missing" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="scale(10) rotate(45)">
              <rect width="6" height="6" class="missing-bg"></rect><line x1="0" y1="0" x2="0" y2="6" class="hatch"></line>
            </pattern>
            <pattern id="suppressed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="scale(10)">
              <rect width="6" height="6" class="missing-bg"></rect><circle cx="3" cy="3" r="1.2" class="dot"></circle>
            </pattern>
          </defs>
          <g transform="scale(.1)" role="none">
            ${drawing.shapes.map((s, i) => {
              const a = model.areas.get(s.id)!;
              return svg`<path
                id="area-${i}"
                part="area"
                role="option"
                aria-selected=${s.id === selected ? 'true' : 'false'}
                aria-label=${a.words}
                class="area ${a.fill} ${s.id === this.active ? 'active' : ''}"
                d=${s.d}
                @click=${() => this.#choose(s.id)}
                @pointerenter=${() => (this.hovered = s.id)}
              ></path>`;
            })}
            ${home ? svg`<path class="home" d=${home.d} aria-hidden="true"></path>` : nothing}
            ${chosen ? svg`<path class="chosen" d=${chosen.d} aria-hidden="true"></path>` : nothing}
          </g>
          ${[...model.neighbours].map((n) => {
            const s = drawing.shapes[index.get(n) ?? -1];
            return s ? svg`<circle class="neighbour" cx=${s.x} cy=${s.y} r="3.5" aria-hidden="true"></circle>` : nothing;
          })}
          ${labels.map((l) => svg`<text class="label ${DARK_FILLS.has(model.areas.get(l.id)?.fill ?? '') ? 'on-dark' : ''}" x=${l.x} y=${l.y} aria-hidden="true">${l.text}</text>`)}
        </svg>
        ${
          tipShape && tipArea
            ? html`<div class="tooltip" aria-hidden="true" ${cssomStyle({ left: `${Math.round(tipShape.x)}px`, top: `${Math.round(tipShape.y)}px` })}>
              <strong>${tipArea.figure.area.name}</strong><br />${tipArea.text}${tipArea.rank ? html`<br />${tipArea.rank}` : nothing}
            </div>`
            : nothing
        }
      </div>
    `;
  }

  protected override updated(): void {
    // The rest of the bars, after the frame that paints the first of them (a callback of that
    // frame alone would draw them before it paints).
    if (this.#barLimit < this.#barsToDraw && !this.#barsAsked) {
      this.#barsAsked = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.#barLimit = Infinity;
          this.requestUpdate();
        }),
      );
    }
  }

  #barsAsked = false;

  #onFocus(shapes: Drawn[]) {
    if (this.active === undefined) this.active = this.#selectedArea ?? shapes[0]?.id;
  }

  #onKey(e: KeyboardEvent, shapes: Drawn[]) {
    const from = shapes.find((s) => s.id === this.active) ?? shapes[0];
    if (!from) return;
    const heading = KEYS[e.key];
    let next: Drawn | undefined;
    if (heading) next = nearestInHeading(from, shapes, heading) ?? from;
    else if (e.key === 'Home') next = shapes[0];
    else if (e.key === 'End') next = shapes[shapes.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#choose(from.id);
      return;
    } else return;
    e.preventDefault();
    this.active = next?.id;
    this.hovered = undefined;
  }

  #choose(id: string) {
    this.chosen = id;
    this.active = id;
    this.select({ kind: 'area', id });
  }

  #renderBars(model: ShownModel) {
    const known = model.figures.filter((f) => f.value !== null).sort((a, b) => b.value! - a.value!);
    const all = [...known.map((f) => f.value!), ...model.references.map((r) => r.value)];
    const lo = Math.min(0, ...all);
    const hi = Math.max(0, ...all);
    // Bars in a box 100 wide, stretched to their column.
    const x = (v: number) => ((v - lo) / (hi - lo || 1)) * 100;
    const selected = this.#selectedArea;
    const height = known.length * BAR_ROW;
    this.#barsToDraw = known.length;
    const shown = known.slice(0, this.#barLimit);
    const chosen = shown.findIndex((f) => f.area.id === selected);
    // One path of bars for each shade, not an element for each bar: a new indicator restyles and
    // lays out a handful of shapes, not 153.
    const bars = new Map<string, string>();
    shown.forEach((f, i) => {
      const fill = model.areas.get(f.area.id)!.fill;
      const w = Math.abs(x(f.value!) - x(0));
      bars.set(fill, `${bars.get(fill) ?? ''}M${Math.min(x(0), x(f.value!))},${i * BAR_ROW + 3}h${w}v${BAR_ROW - 6}h${-w}z`);
    });
    const marks = (f: AreaFigure) => `${f.area.id === selected ? 'selected' : ''} ${f.area.id === model.home ? 'home' : ''}`;
    // Row by row in rank order: a new indicator changes each row's words, bar and shade, never
    // the rows. Names and figures are HTML text, which the browser lays out far faster than SVG
    // text when they change; the bars are SVG. The names are cut to their column by CSS.
    // The bars repeat what the map's options and the table say, so screen readers skip them.
    return html`
      <div class="bars" part="bars" aria-hidden="true">
        <div class="chart" @click=${(e: MouseEvent) => this.#onBarClick(e, shown)}>
          <ol class="names">${shown.map((f) => html`<li class=${marks(f)} title=${f.area.name}>${f.area.name}</li>`)}</ol>
          <svg viewBox="0 0 100 ${height}" preserveAspectRatio="none" height=${height}>
            ${chosen >= 0 ? svg`<rect class="band" x="0" y=${chosen * BAR_ROW} width="100" height=${BAR_ROW}></rect>` : nothing}
            ${[...bars].map(([fill, d]) => svg`<path class="bar ${fill}" d=${d}></path>`)}
            ${model.references.map((r) => svg`<line class="ref" x1=${x(r.value)} x2=${x(r.value)} y1="0" y2=${height}></line>`)}
          </svg>
          <ol class="values">${shown.map((f) => html`<li class=${marks(f)}>${model.areas.get(f.area.id)!.text}</li>`)}</ol>
        </div>
        ${
          model.references.length
            ? html`<p class="refs">Lines: ${model.references.map((r) => `${r.name} ${formatValue(r.value, model.fmt)}`).join('; ')}.</p>`
            : nothing
        }
      </div>
    `;
  }

  /** A click on the chart chooses the area of the row it falls in. */
  #onBarClick(e: MouseEvent, shown: AreaFigure[]) {
    const row = Math.floor((e.clientY - (e.currentTarget as HTMLElement).getBoundingClientRect().top) / BAR_ROW);
    const f = shown[row];
    if (f) this.#choose(f.area.id);
  }

  #renderTable(model: MapModel) {
    const rows = [...model.figures];
    const { key, descending } = this.sortBy;
    const dir = descending ? -1 : 1;
    rows.sort((a, b) => {
      if (key === 'name') return dir * a.area.name.localeCompare(b.area.name, 'en-GB');
      if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
      return dir * (a.value - b.value);
    });
    const hasCounts = rows.some((r) => r.observation?.numerator !== undefined || r.observation?.denominator !== undefined);
    const centre = model.references[0];
    const selected = this.#selectedArea;
    const sortHeader = (k: SortKey, label: string) => {
      const sorted = key === k ? (descending ? 'descending' : 'ascending') : 'none';
      return html`<th scope="col" aria-sort=${sorted}>
        <button type="button" @click=${() => (this.sortBy = { key: k, descending: key === k ? !descending : k === 'value' })}>${label}<span aria-hidden="true">${key === k ? (descending ? ' ▼' : ' ▲') : ''}</span></button>
      </th>`;
    };
    return html`
      <div class="sc-scroll table-wrap" part="table" role="region" aria-labelledby="table-caption" tabindex="0">
        <table>
          <caption class="sr-only" id="table-caption">Figures by ${LEVEL_WORDS[this.level]}${model.period ? `, ${model.period.label}` : ''}</caption>
          <thead>
            <tr>
              ${sortHeader('name', 'Area')} ${sortHeader('value', 'Figure')}
              <th scope="col">Rank</th>
              ${hasCounts ? html`<th scope="col">Numerator</th><th scope="col">Denominator</th>` : nothing}
              ${centre ? html`<th scope="col">Compared with ${centre.name}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map((f) => {
              const fig = formatFigure(f.observation, model.fmt);
              return html`<tr class=${f.area.id === selected ? 'selected' : ''}>
                <th scope="row"><button type="button" class="link" aria-pressed=${f.area.id === selected ? 'true' : 'false'} @click=${() => this.#choose(f.area.id)}>${f.area.name}</button></th>
                <td><span aria-hidden=${fig.empty ? 'true' : 'false'}>${fig.text}</span>${fig.empty ? html`<span class="sr-only">${fig.words}</span>` : nothing}</td>
                <td>${f.rank !== undefined ? `${f.rank} of ${model.ranked}` : '–'}</td>
                ${hasCounts ? html`<td>${f.observation?.numerator ?? '–'}</td><td>${f.observation?.denominator ?? '–'}</td>` : nothing}
                ${centre ? html`<td>${f.value !== null ? this.#difference(f.value, centre.value, model) : '–'}</td>` : nothing}
              </tr>`;
            })}
          </tbody>
          ${
            model.references.length
              ? html`<tfoot>${model.references.map((r) => html`<tr><th scope="row">${r.name}</th><td>${formatValue(r.value, model.fmt)}</td><td></td>${hasCounts ? html`<td></td><td></td>` : nothing}${centre ? html`<td></td>` : nothing}</tr>`)}</tfoot>`
              : nothing
          }
        </table>
      </div>
    `;
  }

  #difference(value: number, centre: number, model: MapModel): string {
    const d = roundShown(value, model.fmt) - roundShown(centre, model.fmt);
    return d === 0 ? 'The same' : `${formatChange(Math.abs(d), model.fmt).replace(/^\+/, '')} ${d > 0 ? 'higher' : 'lower'}`;
  }

  #renderLegend(model: ShownModel, asTable: boolean) {
    if (asTable) return nothing;
    const hasMissing = model.figures.some((f) => f.value === null && !f.observation?.mark);
    const hasSuppressed = model.figures.some((f) => f.value === null && f.observation?.mark);
    // In tenths, as the map's shapes are, so that the patterns of missing and suppressed figures match.
    const swatch = (cls: string) =>
      html`<svg class="swatch" viewBox="0 0 160 160" aria-hidden="true"><rect width="160" height="160" class=${cls}></rect></svg>`;
    return html`
      <div class="legend" part="legend">
        <p class="legend-note">${model.shading.note}</p>
        <ul>
          ${model.shading.classes.map((c, i) => html`<li>${swatch(model.fills[i]!)}${c.label}</li>`)}
          ${hasMissing ? html`<li>${swatch('fill-missing')}No figure</li>` : nothing}
          ${hasSuppressed ? html`<li>${swatch('fill-suppressed')}Suppressed or not available (shown as its mark)</li>` : nothing}
          ${model.home ? html`<li><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect x="2" y="2" width="12" height="12" class="home"></rect></svg>Thick outline: ${this.data?.authority.name}</li>` : nothing}
          ${model.neighbours.size ? html`<li><svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="4" class="neighbour"></circle></svg>Dot: statistical neighbour</li>` : nothing}
        </ul>
      </div>
    `;
  }

  #renderComparison(feed: FeedData, ind: Indicator, model: MapModel) {
    const id = this.#selectedArea;
    const f = id !== undefined ? model.figures.find((x) => x.area.id === id) : undefined;
    const heading = (text: string) => html`<p class="comparison-title" role="heading" aria-level=${this.headingLevel}>${text}</p>`;
    if (!f) {
      return html`<section class="comparison" part="comparison" aria-live="polite">
        ${id !== undefined && feed.localities.has(id) ? statusLine(`${feed.localities.get(id)!.name} is not a ${LEVEL_WORDS[this.level]} on this map.`) : statusLine('Choose an area on the map, in the chart or in the table to compare it.')}
      </section>`;
    }
    const view = indicatorForArea(feed, ind, f.area.id);
    const trend = view ? view.indicator.values.observations().slice(-5) : [];
    const direction = view && model.period ? directionOfTravel(view.indicator, feed.periods, { period: model.period.id }) : undefined;
    const o = f.observation;
    return html`<section class="comparison" part="comparison" aria-live="polite">
      ${heading(f.area.name)}
      <dl>
        <div><dt>${model.period?.label ?? 'Figure'}</dt><dd>${formatFigure(o, model.fmt).text}</dd></div>
        ${model.references.map((r) => html`<div><dt>${r.name}</dt><dd>${formatValue(r.value, model.fmt)}</dd></div>`)}
        <div><dt>Rank</dt><dd>${f.rank !== undefined ? rankWords(f.rank, model.ranked, ind.polarity) : 'Not ranked: no figure'}</dd></div>
        ${o?.numerator !== undefined ? html`<div><dt>Numerator</dt><dd>${o.numerator.toLocaleString('en-GB')}</dd></div>` : nothing}
        ${o?.denominator !== undefined ? html`<div><dt>Denominator</dt><dd>${o.denominator.toLocaleString('en-GB')}</dd></div>` : nothing}
        ${
          trend.length > 1
            ? html`<div><dt>Trend</dt><dd>${trend.map((t) => `${t.period.label} ${formatFigure(t, model.fmt).text}`).join(', ')}${direction && direction.status === 'compared' ? html`<br />${direction.words}` : nothing}</dd></div>`
            : nothing
        }
      </dl>
    </section>`;
  }
}

/** The first indicator (of those given, else of the feed) with a figure for some area at a level. */
function firstMapped(feed: FeedData, level: AreaLevel, among?: readonly string[]): string | undefined {
  const areas = areasOf(feed, level).map((a) => a.id);
  const candidates = among ? among.map((id) => feed.indicators.get(id)).filter((i) => i !== undefined) : feed.indicators.values();
  for (const ind of candidates) if (areas.some((a) => ind.localities.get(a)?.count)) return ind.id;
  return undefined;
}
