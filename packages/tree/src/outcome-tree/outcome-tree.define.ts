import { defineElement } from '@scorecard-kit/core';
import { ScOutcomeTree } from './outcome-tree.js';

export { ScOutcomeTree };
defineElement('sc-outcome-tree', ScOutcomeTree);

declare global {
  interface HTMLElementTagNameMap {
    'sc-outcome-tree': ScOutcomeTree;
  }
}
