import { defineElement } from '@scorecard-kit/core';
import { ScTileGrid } from './tile-grid.js';

export { ScTileGrid };
defineElement('sc-tile-grid', ScTileGrid);

declare global {
  interface HTMLElementTagNameMap {
    'sc-tile-grid': ScTileGrid;
  }
}
