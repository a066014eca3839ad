import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from '../../events.js';
import { ScWidget } from '../widget.js';

/**
 * A choice of the period every widget of the same `<sc-feed>` shows: "Latest figures" (each
 * indicator's latest), or one of the feed's periods, newest first. Choosing fires
 * `sc-period-change`, which `<sc-feed>` takes as its `period`.
 *
 * @tagname sc-period-picker
 * @summary Chooses the period the widgets of a feed show.
 *
 * @csspart label - The label.
 * @csspart select - The drop-down list.
 *
 * @fires {CustomEvent<{period: string | null}>} sc-period-change - The user chose a period (null for the latest figures).
 */
export class ScPeriodPicker extends ScWidget {
  static override styles = [
    ...ScWidget.styles,
    css`
      :host {
        display: inline-block;
      }
      label {
        display: block;
        font-weight: bold;
        margin-bottom: 0.25rem;
      }
      select {
        font: inherit;
        color: inherit;
        background: var(--_sc-color-surface);
        border: 2px solid var(--_sc-color-text);
        padding: 0.25rem;
        min-width: 12rem;
      }
    `,
  ];

  /** The label above the list. */
  @property() accessor label = 'Period';

  /** Only periods of this kind (`quarter`, `financial-year`...), when set. */
  @property({ reflect: true }) accessor kind: string | undefined = undefined;

  protected override render() {
    const waiting = this.renderFeedState();
    if (waiting) return waiting;
    const feed = this.data!;
    const periods = feed.periods.filter((p) => !this.kind || p.kind === this.kind).reverse();
    const current = this.activePeriod ?? '';
    return html`<label part="label" for="period">${this.label}</label>
      <select id="period" part="select" @change=${this.#onChange}>
        <option value="" ?selected=${current === ''}>Latest figures</option>
        ${periods.map((p) => html`<option value=${p.id} ?selected=${p.id === current}>${p.label}</option>`)}
        ${current && !periods.some((p) => p.id === current) ? html`<option value=${current} selected>${current} (not in the feed)</option>` : nothing}
      </select>`;
  }

  #onChange(e: Event) {
    const value = (e.target as HTMLSelectElement).value;
    emit(this, 'sc-period-change', { period: value || null });
  }
}
