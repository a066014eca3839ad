import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { errorBox, ScWidget } from '@scorecard-kit/core';
import { highlights, indicatorsInFrameworkOrder, indicatorsUnder, type Highlight } from '@scorecard-kit/core/rules';
import { highlightsStyles } from './highlights.styles.js';

/**
 * The performance summary's "Top 3 areas of improved performance" and "Top 3 priorities for
 * improved performance", worked out from the feed for a framework node (or the whole feed) and a
 * period, each line with the figures that justify it. Without `node` it follows the node selected
 * in any other widget of the same `<sc-feed>`.
 *
 * @tagname sc-highlights
 * @summary Top 3 improvements and top 3 priorities, computed from the feed, with the figures behind them.
 *
 * @csspart improved - The list of improvements.
 * @csspart priorities - The list of priorities.
 * @csspart heading - Each list's heading.
 * @csspart error - The message shown when the node is not in the feed.
 *
 * @cssprop [--sc-color-improved=#00703c] - Edge of the improvements list.
 * @cssprop [--sc-color-deteriorated=#d4351c] - Edge of the priorities list.
 */
export class ScHighlights extends ScWidget {
  static override styles = [...ScWidget.styles, highlightsStyles];

  /** A framework node id: the indicators of that node and those beneath it. */
  @property({ reflect: true }) accessor node: string | undefined = undefined;

  /** How many lines each list has. */
  @property({ type: Number }) accessor count = 3;

  /** Level of the two headings: 2 by default, under a page's one `<h1>`. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const nodeId = this.node || (this.selection?.kind === 'node' ? this.selection.id : undefined);
    const node = nodeId ? feed.nodes.get(nodeId) : undefined;
    if (nodeId && !node) {
      return errorBox('The summary cannot be shown.', `The feed "${feed.title}" has no framework node "${nodeId}". Check the node attribute.`);
    }
    const h = highlights(feed, node ? indicatorsUnder(node) : indicatorsInFrameworkOrder(feed), { period: this.activePeriod, count: this.count });
    const about = node ? ` for ${node.title}` : '';
    return html`
      ${this.#renderList('improved', `Top ${this.count} areas of improved performance${about}`, h.improved, 'No indicator improved.')}
      ${this.#renderList('priorities', `Top ${this.count} priorities for improved performance${about}`, h.priorities, 'No indicator deteriorated or missed its target.')}
    `;
  }

  #renderList(part: 'improved' | 'priorities', title: string, items: Highlight[], none: string) {
    return html`<section class="list ${part}" part=${part} aria-labelledby="${part}-heading">
      <div role="heading" aria-level=${this.headingLevel} id="${part}-heading" class="heading" part="heading">${title}</div>
      ${
        items.length
          ? html`<ol>
            ${items.map((i) => html`<li><strong>${i.title}</strong><span class="because">${i.because}</span></li>`)}
          </ol>`
          : html`<p class="none">${none}</p>`
      }
    </section>`;
  }
}
