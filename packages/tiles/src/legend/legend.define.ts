import { defineElement } from '@scorecard-kit/core';
import { ScLegend } from './legend.js';

export { ScLegend };
defineElement('sc-legend', ScLegend);

declare global {
  interface HTMLElementTagNameMap {
    'sc-legend': ScLegend;
  }
}
