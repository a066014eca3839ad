import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  errorBox,
  fileMissing,
  statusLine,
  arrow,
  cssomStyle,
  markStyles,
  ScWidget,
  type FeedData,
  type FrameworkNode,
  type Selection,
} from '@scorecard-kit/core';
import { directionOfTravel, formatFigure, rollUps, type RollUp } from '@scorecard-kit/core/rules';
import type { Diagram, diagram } from '../geometry/diagram.js';
import { ancestors, filterTree, findItem, nodesTo, treeModel, typeAhead, visibleItems, type TreeItem, type TreeModel } from '../model/tree-model.js';
import { outcomeTreeStyles } from './outcome-tree.styles.js';

const TYPE_AHEAD_MS = 700;
/**
 * Rows drawn in each frame after the first, until all are there: a framework of thousands of
 * nodes shows its first screen at once and never holds up the page.
 */
const ROWS_PER_FRAME = 60;
/** The shortest a row is drawn (a one-line group row), in pixels: the first frame draws enough of them to fill the window. */
const MIN_ROW_PX = 32;
/** How long each frame may spend making the tree's items below what is drawn, once every row is. */
const GROW_MS = 8;
/** Rows that fill the window's height, drawn in the first frame. */
const firstScreen = () => Math.max(10, Math.ceil(window.innerHeight / MIN_ROW_PX));
/** Diagram boxes are placed absolutely and skip layout out of view, so more are drawn per frame. */
const BOXES_PER_FRAME = 480;
/** The diagram's layout once loaded: from then on every tree on the page draws a diagram at once. */
let loadedLayout: typeof diagram | undefined;
/** The diagram's boxes and gaps, in pixels. */
const DIAGRAM_BOX = { boxWidth: 240, boxHeight: 64, gapX: 48, gapY: 12 };

/**
 * The outcomes framework as a tree: priorities, outcomes, the "How much / How well / So what"
 * indicators that evidence them and the QA questions to ask, with each node's status rolled up
 * over everything beneath it. It follows the WAI-ARIA tree view pattern: one tab stop; arrows move,
 * expand and collapse; Home and End; `*` expands siblings; typing jumps by title; Enter or Space
 * selects. A selection is shared with every other widget of the same `<sc-feed>`, and with
 * `sync-hash`, kept in the address so a link opens on it.
 *
 * @tagname sc-outcome-tree
 * @summary The outcomes framework as a keyboard-navigable tree with status rolled up at every node.
 *
 * @csspart toolbar - The filter box and the expand / collapse buttons.
 * @csspart filter - The filter box.
 * @csspart tree - The tree itself.
 * @csspart item - Each row of the tree.
 * @csspart rollup - A node's rolled-up status marks.
 * @csspart warning - A node's note of references the feed does not have.
 * @csspart error - The message shown when the feed has no framework.
 *
 * @cssprop [--sc-tree-indent=1.5rem] - Indent of each level.
 * @cssprop [--sc-tree-selected-background=#e8f1f8] - Background of the selected row.
 * @cssprop [--sc-tree-diagram-height=70vh] - Height past which the diagram scrolls.
 * @csspart diagram - The scrolling area of the diagram layout.
 *
 * @fires {CustomEvent<{kind: 'node' | 'indicator' | 'question', id: string}>} sc-select - The user selected a node, indicator or question.
 */
export class ScOutcomeTree extends ScWidget {
  static override styles = [...ScWidget.styles, markStyles, outcomeTreeStyles];

  /** The accessible name of the tree. */
  @property() accessor label = 'Outcomes framework';

  /** Keeps the selection in the address (`#node=ID`), so that a link opens the tree on it. */
  @property({ type: Boolean, attribute: 'sync-hash' }) accessor syncHash = false;

  /**
   * `list` (the default) or `diagram`: the same tree drawn as a tidy diagram, for presenting to a
   * board. The diagram's layout is loaded the first time a tree on the page is drawn as one.
   */
  @property({ reflect: true }) accessor layout: 'list' | 'diagram' = 'list';

  /** How many levels start expanded. */
  @property({ type: Number, attribute: 'expand-depth' }) accessor expandDepth = 1;

  @state() private accessor expanded = new Set<string>();
  @state() private accessor active: string | null = null;
  @state() private accessor filterText = '';
  @state() private accessor printing = false;
  @state() private accessor announcement = '';

  private model: (TreeModel & { feed: FeedData }) | null = null;
  /** Nodes' roll-ups for the feed and period shown, each worked out when first drawn. */
  #rolledUp: { feed: FeedData; period: string | undefined; of: (node: FrameworkNode) => RollUp } | null = null;
  /**
   * How many rows (in reading order) are drawn so far: it grows frame by frame after a new feed,
   * each step asking for an update, and is Infinity once everything is drawn.
   */
  #rowLimit = Infinity;
  /** Rows (or diagram boxes) the last render had to draw. */
  #rowsToDraw = 0;
  #typed = '';
  #typedAt = 0;

  /**
   * The diagram's layout (d3-hierarchy), loaded the first time the tree is drawn as a diagram:
   * most trees are lists, and their pages need not download it.
   */
  readonly #diagramLayout = new Task(this, {
    // Run when first needed (willUpdate), not for every tree: a run ends by asking for an update.
    autoRun: false,
    task: async () => (loadedLayout ??= (await import('../geometry/diagram.js')).diagram),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#readHash);
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#readHash);
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  #beforePrint = () => (this.printing = true);
  #afterPrint = () => (this.printing = false);

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.layout === 'diagram' && !loadedLayout && this.#diagramLayout.status === TaskStatus.INITIAL) void this.#diagramLayout.run();
    const feed = this.data;
    if (feed && this.model?.feed !== feed) {
      const model = { ...treeModel(feed), feed };
      this.model = model;
      this.expanded = new Set(nodesTo(feed.framework, this.expandDepth));
      this.active = model.roots[0] ?? null;
      this.#built = false;
      this.#rowLimit = firstScreen();
      if (this.syncHash) this.#readHash();
    }
    const selected = this.#selectedKey();
    if (selected && this.model) {
      // A selection made elsewhere (or by a link) is shown: its ancestors open.
      const closed = ancestors(this.model.items, selected).filter((k) => !this.expanded.has(k));
      if (closed.length) this.expanded = new Set([...this.expanded, ...closed]);
    }
  }

  /** The key of the tree item the shared selection points at, if any. */
  #selectedKey(): string | null {
    const s = this.selection;
    // An area (chosen on a map) is never in the tree: no need to look through it.
    if (!s || !this.model || s.kind === 'area') return null;
    if (s.kind === 'node' && this.model.items.has(s.id)) return s.id;
    return findItem(this.model, s.kind, s.id)?.key ?? null;
  }

  #readHash = () => {
    if (!this.syncHash || !this.model) return;
    const m = /^#(node|indicator|question)=(.+)$/.exec(window.location.hash);
    if (!m) return;
    const selection = { kind: m[1] as Selection['kind'], id: decodeURIComponent(m[2]!) };
    const found = findItem(this.model, selection.kind, selection.id);
    if (!found) return;
    this.active = found.key;
    this.publish(selection);
  };

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const model = this.model!;
    if (!model.roots.length) {
      return errorBox(
        'There is no framework to show.',
        `The feed "${model.feed.title}" has no "framework": add its priorities and outcomes to show them as a tree.`,
      );
    }
    const filter = this.filterText.trim() && !this.printing ? this.#filtered(model) : null;
    if (this.printing) model.complete();
    const expanded = this.printing ? new Set(model.items.keys()) : filter ? this.#expandedWith(filter.expand) : this.expanded;
    const visible = visibleItems(model.items, model.roots, expanded, model.open).filter((i) => !filter || filter.keep.has(i.key));
    const active = visible.some((i) => i.key === this.active) ? this.active : (visible[0]?.key ?? null);
    const selected = this.#selectedKey();
    const ups = this.#rollUpsOf(model.feed);
    // Rows are drawn in reading order up to the limit; a row's content is only worked out again
    // when something it shows has changed.
    const row = (item: TreeItem, open: boolean) =>
      guard(
        [item, open, item.key === selected, ups, this.activePeriod],
        () => html`<div class="row ${item.kind} ${item.key === selected ? 'selected' : ''}" part="item">
          <span class="twisty" aria-hidden="true">${item.children.length ? (open ? '▾' : '▸') : ''}</span>
          ${this.#renderLabel(model.feed, item, ups)}
        </div>`,
      );
    const limit = this.printing ? Infinity : this.#rowLimit;
    this.#rowsToDraw = visible.length;
    const keydown = (e: KeyboardEvent) => this.#onKeydown(e, visible, model);
    /**
     * The tree as a list, of the rows `keep` has with `open` expanded; without `keep` while a filter
     * shows, it is kept: hidden from screen readers and out of the tab order here, and not drawn nor
     * found by find-in-page (its styles). Not `inert`: that restyles every row.
     */
    const list = (open: ReadonlySet<string>, keep?: ReadonlySet<string>) => {
      const kept = !keep && !!filter;
      const has = (key: string) => !keep || keep.has(key);
      let drawn = 0;
      const renderItem = (key: string, index: number, siblings: string[]): TemplateResult | typeof nothing => {
        if (drawn >= limit) return nothing;
        drawn++;
        const item = model.items.get(key)!;
        const isOpen = item.children.length > 0 && open.has(key);
        return html`<li
          role="treeitem"
          data-key=${key}
          aria-level=${item.level}
          aria-setsize=${siblings.length}
          aria-posinset=${index + 1}
          aria-expanded=${ifDefined(item.children.length ? bool(isOpen) : undefined)}
          aria-selected=${ifDefined(item.kind !== 'group' ? bool(key === selected) : undefined)}
          tabindex=${key === active && !kept ? 0 : -1}
          @click=${(e: Event) => this.#onClick(e, item)}
        >
          ${row(item, isOpen)}
          ${isOpen ? html`<ul role="group">${item.children.filter(has).map(renderItem)}</ul>` : nothing}
        </li>`;
      };
      return html`<ul role="tree" part="tree" aria-hidden=${ifDefined(kept ? 'true' : undefined)} aria-label=${this.label} @keydown=${keydown} @focusin=${this.#onFocusIn}>
        ${model.roots.filter(has).map(renderItem)}
      </ul>`;
    };
    // Without its layout (a file that did not arrive), a diagram is drawn as the list it shows.
    const noLayout = this.layout === 'diagram' && this.#diagramLayout.status === TaskStatus.ERROR;
    return html`
      ${this.printing ? nothing : this.#renderToolbar(filter?.matches)}
      ${noLayout ? fileMissing('The diagram', 'the tree is shown as a list') : nothing}
      ${
        this.layout === 'diagram' && !this.printing && !noLayout
          ? this.#renderDiagram(model, expanded, filter?.keep, active, selected, row, keydown)
          : // While a filter shows its matches, the whole tree is kept, hidden, rather than taken
            // down and built again: a framework of thousands of rows takes far longer to draw than
            // to hide, and it comes back as it was when the filter is cleared.
            html`${filter ? list(expanded, filter.keep) : nothing}${list(filter ? this.expanded : expanded)}`
      }
      ${filter && filter.matches === 0 ? statusLine(`Nothing in the framework matches "${this.filterText.trim()}".`) : nothing}
      <div class="sr-only" role="status">${this.announcement}</div>
    `;
  }

  /**
   * The diagram: a flat ARIA tree (levels, set sizes and positions given on each item) of boxes
   * placed by d3-hierarchy, over links drawn with d3-path (as d3-shape's linkHorizontal draws them); the keyboard model is the list's.
   */
  #renderDiagram(
    model: NonNullable<ScOutcomeTree['model']>,
    expanded: ReadonlySet<string>,
    keep: ReadonlySet<string> | undefined,
    active: string | null,
    selected: string | null,
    row: (item: TreeItem, open: boolean) => unknown,
    keydown: (e: KeyboardEvent) => void,
  ) {
    const layout = loadedLayout;
    if (!layout) return statusLine('Drawing the diagram…', { live: true });
    // Laid out once for what is shown, not again for each frame that draws more of it.
    if (this.#laidOut?.items !== model.items || this.#laidOut.expanded !== expanded || this.#laidOut.keep !== keep) {
      this.#laidOut = { items: model.items, expanded, keep, diagram: layout({ items: model.items, roots: model.roots, expanded, keep, ...DIAGRAM_BOX }) };
    }
    const d = this.#laidOut.diagram;
    this.#rowsToDraw = d.boxes.length;
    const boxes = d.boxes.slice(0, this.#rowLimit);
    const siblingsOf = (item: TreeItem) => (item.parent ? model.items.get(item.parent)!.children : model.roots).filter((k) => !keep || keep.has(k));
    return html`<div class="diagram-scroll" part="diagram">
      <div class="diagram" ${cssomStyle({ width: `${d.width}px`, height: `${d.height}px` })}>
        <svg class="links" width=${d.width} height=${d.height} aria-hidden="true" focusable="false">
          ${d.links.map((l) => svg`<path d=${l.d}></path>`)}
        </svg>
        <div role="tree" part="tree" aria-label=${this.label} @keydown=${keydown} @focusin=${this.#onFocusIn}>
          ${boxes.map((b) => {
            const item = model.items.get(b.key)!;
            const siblings = siblingsOf(item);
            const open = item.children.length > 0 && expanded.has(item.key);
            return html`<div
              role="treeitem"
              class="box"
              data-key=${item.key}
              title=${item.label}
              aria-level=${item.level}
              aria-setsize=${siblings.length}
              aria-posinset=${siblings.indexOf(item.key) + 1}
              aria-expanded=${ifDefined(item.children.length ? bool(open) : undefined)}
              aria-selected=${ifDefined(item.kind !== 'group' ? bool(item.key === selected) : undefined)}
              tabindex=${item.key === active ? 0 : -1}
              ${cssomStyle({ left: `${b.x}px`, top: `${b.y}px` })}
              @click=${(e: Event) => this.#onClick(e, item)}
            >
              ${row(item, open)}
            </div>`;
          })}
        </div>
      </div>
    </div>`;
  }

  protected override updated(): void {
    // While the diagram's layout loads, no rows are drawn: they start when it is here.
    if (this.layout === 'diagram' && !this.printing && !loadedLayout && this.#diagramLayout.status === TaskStatus.PENDING) return;
    // The next rows, after this frame is painted.
    if (this.#rowLimit !== Infinity && !this.printing) {
      if (this.#rowLimit >= this.#rowsToDraw) this.#rowLimit = Infinity;
      // After the frame is painted: a frame callback alone would draw them before the paint.
      else {
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.#rowLimit += this.layout === 'diagram' ? BOXES_PER_FRAME : ROWS_PER_FRAME;
            this.requestUpdate();
          }),
        );
      }
    }
    if (this.#rowLimit === Infinity) this.#grow();
  }

  /** Whether every item of the framework is made (treeModel makes them as they are needed). */
  #built = false;
  #growing = false;

  /**
   * Once every row is drawn, the items below them are made, a few milliseconds after each frame,
   * so that a filter or "expand all" need not make thousands at once.
   */
  #grow() {
    if (this.#growing) return;
    const until = performance.now() + GROW_MS;
    let more = false;
    do more = this.model?.step() ?? false;
    while (more && performance.now() < until);
    if (!more) {
      this.#built = true;
      this.#drawn?.();
      return;
    }
    this.#growing = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#growing = false;
        this.#grow();
      }),
    );
  }

  #drawn: (() => void) | null = null;

  /**
   * Resolves when the tree has finished drawing a new feed: every row it shows is drawn, and every
   * part of the framework is ready for the filter. A big framework draws its first screen at once
   * and the rest over the next frames. Drawn as a diagram, it waits for the diagram's layout too.
   */
  get drawComplete(): Promise<void> {
    return this.updateComplete
      .then(() => this.#diagramLayout.taskComplete)
      .catch(() => undefined)
      .then(() => this.updateComplete)
      .then(() =>
        this.#rowLimit === Infinity && this.#built
          ? undefined
          : new Promise<void>((resolve) => {
              const before = this.#drawn;
              this.#drawn = () => {
                this.#drawn = null;
                before?.();
                resolve();
              };
            }),
      );
  }

  #renderToolbar(matches: number | undefined) {
    return html`<div class="toolbar" part="toolbar">
      <label class="filter">
        <span>Filter by title</span>
        <input part="filter" type="search" .value=${this.filterText} @input=${this.#onFilter} aria-describedby="filter-count" />
      </label>
      <span id="filter-count" class="sr-only">${matches === undefined ? '' : `${matches} ${matches === 1 ? 'match' : 'matches'}`}</span>
      <button type="button" @click=${() => this.#expandAll(true)}>Expand all</button>
      <button type="button" @click=${() => this.#expandAll(false)}>Collapse all</button>
    </div>`;
  }

  #renderLabel(feed: FeedData, item: TreeItem, ups: (node: FrameworkNode) => RollUp) {
    if (item.kind === 'node') {
      const node = item.node!;
      const up = ups(node);
      const unknown = [...node.unknownIndicators, ...node.unknownQuestions];
      return html`<span class="label">${item.label}</span>
        <span class="kind">${node.kind.replace(/-/g, ' ')}</span>
        ${up.total ? this.#renderRollUp(up) : nothing}
        ${unknown.length ? html`<span class="warning" part="warning">Not in the feed: ${unknown.map((id) => `"${id}"`).join(', ')}</span>` : nothing}`;
    }
    if (item.kind === 'indicator') {
      const ind = feed.indicators.get(item.id)!;
      const current = this.activePeriod ? ind.values.get(this.activePeriod) : ind.values.latest();
      const figure = formatFigure(current, { unit: ind.unit, decimals: ind.decimals, currency: ind.currency });
      const d = directionOfTravel(ind, feed.periods, { period: current?.period.id ?? this.activePeriod });
      return html`<span class="label">${item.label}</span>
        <span class="figure" aria-hidden="true">${figure.text}</span>
        <span class="direction ${d.judgement ?? 'neutral'}" aria-hidden="true">
          ${d.movement ? html`<svg class="arrow" viewBox="0 0 16 16" width="12" height="12" focusable="false">${arrow(d.movement)}</svg>` : nothing}${d.label}
        </span>
        <span class="sr-only">: ${figure.words}${current ? ` in ${current.period.label}` : ''}. ${d.words}</span>`;
    }
    return html`<span class="label">${item.label}</span>`;
  }

  /** The roll-ups of the feed and period shown. */
  #rollUpsOf(feed: FeedData): (node: FrameworkNode) => RollUp {
    if (this.#rolledUp?.feed !== feed || this.#rolledUp.period !== this.activePeriod) {
      this.#rolledUp = { feed, period: this.activePeriod, of: rollUps(feed, this.activePeriod) };
    }
    return this.#rolledUp.of;
  }

  #renderRollUp(up: RollUp) {
    const mark = (n: number, cls: string, glyph: TemplateResult | string) => (n ? html`<span class="mark ${cls}">${glyph}${n}</span>` : nothing);
    const svgArrow = (m: 'up' | 'down' | 'level') => html`<svg class="arrow" viewBox="0 0 16 16" width="11" height="11" focusable="false">${arrow(m)}</svg>`;
    return html`<span class="rollup" part="rollup">
      <span aria-hidden="true">
        ${mark(up.improved, 'improved', svgArrow('up'))}${mark(up.maintained, 'maintained', svgArrow('level'))}${mark(up.deteriorated, 'deteriorated', svgArrow('down'))}
        ${mark(up.red, 'rag red', 'R')}${mark(up.amber, 'rag amber', 'A')}${mark(up.green, 'rag green', 'G')}
        ${up.track ? html`<span class="track">${up.track}</span>` : nothing}
      </span>
      <span class="sr-only">. ${up.words}</span>
    </span>`;
  }

  #withFilter: { base: ReadonlySet<string>; extra: ReadonlySet<string>; both: ReadonlySet<string> } | null = null;

  /** The expanded items and a filter's, the same set while neither changes. */
  #expandedWith(extra: ReadonlySet<string>): ReadonlySet<string> {
    if (this.#withFilter?.base !== this.expanded || this.#withFilter.extra !== extra) {
      this.#withFilter = { base: this.expanded, extra, both: new Set([...this.expanded, ...extra]) };
    }
    return this.#withFilter.both;
  }

  #laidOut: {
    items: Map<string, TreeItem>;
    expanded: ReadonlySet<string>;
    keep: ReadonlySet<string> | undefined;
    diagram: Diagram;
  } | null = null;

  #lastFilter: { items: Map<string, TreeItem>; text: string; result: ReturnType<typeof filterTree> } | null = null;

  /** The filter's result, worked out once per text. */
  #filtered(model: NonNullable<ScOutcomeTree['model']>) {
    if (this.#lastFilter?.items !== model.items || this.#lastFilter.text !== this.filterText) {
      model.complete();
      this.#lastFilter = { items: model.items, text: this.filterText, result: filterTree(model.items, this.filterText) };
    }
    return this.#lastFilter.result;
  }

  #onFilter = (e: Event) => {
    this.filterText = (e.target as HTMLInputElement).value;
    const matches = this.filterText.trim() && this.model ? this.#filtered(this.model).matches : undefined;
    this.announcement = matches === undefined ? '' : `${matches} ${matches === 1 ? 'item matches' : 'items match'}.`;
  };

  #expandAll(open: boolean) {
    if (!this.model) return;
    if (open) this.model.complete();
    this.expanded = open ? new Set([...this.model.items.values()].filter((i) => i.children.length).map((i) => i.key)) : new Set();
    if (!open && this.active && this.model.items.get(this.active)!.level > 1) this.active = this.model.roots[0] ?? null;
    this.announcement = open ? 'Everything expanded.' : 'Everything collapsed.';
  }

  #onFocusIn = (e: FocusEvent) => {
    const el = (e.target as HTMLElement).closest('[role="treeitem"]') as HTMLElement | null;
    if (!el) return;
    this.active = el.dataset.key!;
    // In the diagram, the focused box is brought into view: zoom to the node.
    if (this.layout === 'diagram') el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  #onClick(e: Event, item: TreeItem) {
    e.stopPropagation();
    this.active = item.key;
    if (item.kind === 'group') this.#toggle(item.key);
    else {
      if (item.children.length && !this.expanded.has(item.key)) this.#toggle(item.key);
      this.#choose(item);
    }
  }

  #toggle(key: string, open = !this.expanded.has(key)) {
    const next = new Set(this.expanded);
    if (open) next.add(key);
    else next.delete(key);
    this.expanded = next;
  }

  #choose(item: TreeItem) {
    if (item.kind === 'group') return this.#toggle(item.key);
    const selection = { kind: item.kind, id: item.id };
    this.select(selection);
    if (this.syncHash) history.replaceState(history.state, '', `#${item.kind}=${encodeURIComponent(item.id)}`);
  }

  async #moveTo(key: string | undefined) {
    if (!key) return;
    this.active = key;
    // A row not drawn yet (End, or type-ahead, while a big tree is still filling in) is drawn now.
    if (!this.renderRoot.querySelector(`[data-key="${CSS.escape(key)}"]`)) {
      this.#rowLimit = Infinity;
      this.requestUpdate();
    }
    await this.updateComplete;
    (this.renderRoot.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
  }

  #onKeydown(e: KeyboardEvent, visible: TreeItem[], model: NonNullable<ScOutcomeTree['model']>) {
    if ((e.target as HTMLElement).closest('[role="treeitem"]') === null) return;
    const key = this.active;
    const i = visible.findIndex((v) => v.key === key);
    const item = i >= 0 ? visible[i]! : undefined;
    if (!item) return;
    const open = this.expanded.has(item.key);
    let handled = true;
    // Any other key ends a run of typed letters.
    if (e.key.length !== 1 || e.key === ' ' || e.key === '*') this.#typed = '';
    switch (e.key) {
      case 'ArrowDown':
        void this.#moveTo(visible[i + 1]?.key);
        break;
      case 'ArrowUp':
        void this.#moveTo(visible[i - 1]?.key);
        break;
      case 'ArrowRight':
        if (item.children.length && !open) this.#toggle(item.key, true);
        else if (open) void this.#moveTo(visible[i + 1]?.key);
        break;
      case 'ArrowLeft':
        if (item.children.length && open) this.#toggle(item.key, false);
        else void this.#moveTo(item.parent ?? undefined);
        break;
      case 'Home':
        void this.#moveTo(visible[0]?.key);
        break;
      case 'End':
        void this.#moveTo(visible[visible.length - 1]?.key);
        break;
      case '*': {
        const siblings = item.parent ? model.items.get(item.parent)!.children : model.roots;
        this.expanded = new Set([...this.expanded, ...siblings.filter((k) => model.items.get(k)!.children.length)]);
        break;
      }
      case 'Enter':
      case ' ':
        this.#choose(item);
        break;
      default:
        handled = false;
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const now = e.timeStamp;
          this.#typed = now - this.#typedAt < TYPE_AHEAD_MS ? this.#typed + e.key : e.key;
          this.#typedAt = now;
          const found = typeAhead(visible, this.#typed.length > 1 ? (visible[i - 1]?.key ?? item.key) : item.key, this.#typed);
          if (found) void this.#moveTo(found.key);
          handled = true;
        }
    }
    if (handled) {
      e.preventDefault();
      e.stopPropagation();
    }
  }
}

/** A boolean as ARIA writes it. */
const bool = String as (b: boolean) => 'true' | 'false';
