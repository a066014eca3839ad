import { defineElement } from '@scorecard-kit/core';
import { ScBreakdown } from './breakdown.js';

export { ScBreakdown };
defineElement('sc-breakdown', ScBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'sc-breakdown': ScBreakdown;
  }
}
