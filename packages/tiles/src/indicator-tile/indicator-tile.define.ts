import { defineElement } from '@scorecard-kit/core';
import { ScIndicatorTile } from './indicator-tile.js';

export { ScIndicatorTile };
defineElement('sc-indicator-tile', ScIndicatorTile);

declare global {
  interface HTMLElementTagNameMap {
    'sc-indicator-tile': ScIndicatorTile;
  }
}
