import { defineElement } from '@scorecard-kit/core';
import { ScLocalityMap } from './locality-map.js';

export { ScLocalityMap };
defineElement('sc-locality-map', ScLocalityMap);

declare global {
  interface HTMLElementTagNameMap {
    'sc-locality-map': ScLocalityMap;
  }
}
