import { html, LitElement, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { adoptPageFont, focusRing, markStyles, pageFont, tokens, visuallyHidden } from '@scorecard-kit/core';
import { legendKey, type Movement } from '@scorecard-kit/core/rules';
import { arrow, ragShape } from '@scorecard-kit/core';
import { legendStyles } from './legend.styles.js';

const MOVEMENTS: [Movement, string][] = [
  ['up', 'Up arrow'],
  ['level', 'Two-headed arrow'],
  ['down', 'Down arrow'],
];

/**
 * The key to the tiles and the scorecard table: what each arrow means under BB and SB, the RAG
 * marks, the target band, and the marks that stand in place of a figure. It is worked out by the
 * same rules in core that the tiles use, so it can never disagree with them. It needs no feed.
 *
 * @tagname sc-legend
 * @summary The key: arrows under BB and SB, RAG marks, the target band, provisional and suppressed marks.
 *
 * @csspart legend - The whole key.
 * @csspart direction - The direction-of-travel table.
 * @csspart direction-list - The same, as a list, shown instead of the table in a narrow column.
 * @csspart rag - The RAG list.
 * @csspart marks - The list of other marks.
 *
 * @cssprop [--sc-color-improved=#00703c] - Improved arrows.
 * @cssprop [--sc-color-deteriorated=#d4351c] - Deteriorated arrows.
 * @cssprop [--sc-color-maintained=#505a5f] - Maintained and neutral arrows.
 */
export class ScLegend extends LitElement {
  static override styles = [tokens, ...pageFont, visuallyHidden, focusRing, markStyles, legendStyles];

  /** Level of the key's heading in the page's outline: 2 by default, under a page's one `<h1>`. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  /** The heading text. */
  @property() accessor heading = 'Key';

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageFont(this.ownerDocument);
  }

  protected override render() {
    const key = legendKey();
    const cell = (polarity: string, movement: Movement) => {
      const a = key.arrows.find((x) => x.polarity === polarity && x.movement === movement)!;
      return html`<td class="${a.judgement ?? 'neutral'}">
        <svg class="arrow" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${arrow(a.movement)}</svg>
        ${a.label}
      </td>`;
    };
    return html`<section part="legend" class="legend" aria-labelledby="heading">
      <div role="heading" aria-level=${this.headingLevel} id="heading" class="heading">${this.heading}</div>
      <table part="direction" class="direction">
        <caption>Direction of travel, compared with the period each tile names after "vs"</caption>
        <thead>
          <tr>
            <th scope="col">Arrow</th>
            ${key.polarities.map((p) => html`<th scope="col">${p.words[0]!.toUpperCase() + p.words.slice(1)} (${p.code})</th>`)}
            <th scope="col">No better direction</th>
          </tr>
        </thead>
        <tbody>
          ${MOVEMENTS.map(
            ([m, name]) => html`<tr>
              <th scope="row">
                <svg class="arrow" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${arrow(m)}</svg>
                ${name}
              </th>
              ${cell('bigger-is-better', m)} ${cell('smaller-is-better', m)} ${cell('none', m)}
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.#renderNarrow(key)}
      <ul part="rag" class="rag">
        ${key.rag.map(
          (r) => html`<li class=${r.status}>
            <svg class="rag-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${ragShape(r.status)}</svg>
            <strong>${r.status[0]!.toUpperCase() + r.status.slice(1)}:</strong> ${r.reason.charAt(0).toLowerCase() + r.reason.slice(1)}
          </li>`,
        )}
      </ul>
      <ul part="marks" class="marks">
        ${key.polarities.map((p) => html`<li><span class="code">${p.code}</span> ${p.words}</li>`)}
        <li>
          <svg class="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<rect class="band" width="24" height="12"></rect>`}</svg>
          Target band, or the range that is best
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" focusable="false">${svg`<path class="comparator" d="M0 6 H24"></path>`}</svg>
          Dashed line: England
        </li>
        <li><span class="tag">Provisional</span> a draft figure that may change</li>
        <li><span class="tag">Illustrative</span> an invented figure, for illustration</li>
        ${key.marks.map((m) => html`<li><span class="code">${m.mark}</span> ${m.words}; never shown as 0</li>`)}
        <li><span class="code">No data</span> no figure yet</li>
      </ul>
    </section>`;
  }

  /** The same key as a list, for a column too narrow for the table (a phone): shown instead of it by a container query. */
  #renderNarrow(key: ReturnType<typeof legendKey>) {
    const columns: [string, string][] = [
      ...key.polarities.map((p): [string, string] => [p.polarity, `${p.words[0]!.toUpperCase() + p.words.slice(1)} (${p.code})`]),
      ['none', 'No better direction'],
    ];
    return html`<div part="direction-list" class="direction-list">
      <p class="caption">Direction of travel, compared with the period each tile names after "vs"</p>
      <dl>
        ${columns.map(
          ([polarity, title]) => html`<dt>${title}</dt>
            <dd>
              ${MOVEMENTS.map(([m]) => {
                const a = key.arrows.find((x) => x.polarity === polarity && x.movement === m)!;
                return html`<span class="${a.judgement ?? 'neutral'}"
                  ><svg class="arrow" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${arrow(m)}</svg
                  ><span class="sr-only">${MOVEMENTS.find(([x]) => x === m)![1]}: </span>${a.label}</span
                > `;
              })}
            </dd>`,
        )}
      </dl>
    </div>`;
  }
}
