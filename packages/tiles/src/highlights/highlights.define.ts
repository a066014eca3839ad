import { defineElement } from '@scorecard-kit/core';
import { ScHighlights } from './highlights.js';

export { ScHighlights };
defineElement('sc-highlights', ScHighlights);

declare global {
  interface HTMLElementTagNameMap {
    'sc-highlights': ScHighlights;
  }
}
