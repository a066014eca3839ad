import { defineElement } from '@scorecard-kit/core';
import { ScScorecardTable } from './scorecard-table.js';

export { ScScorecardTable };
defineElement('sc-scorecard-table', ScScorecardTable);

declare global {
  interface HTMLElementTagNameMap {
    'sc-scorecard-table': ScScorecardTable;
  }
}
