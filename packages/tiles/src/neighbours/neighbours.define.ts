import { defineElement } from '@scorecard-kit/core';
import { ScNeighbours } from './neighbours.js';

export { ScNeighbours };
defineElement('sc-neighbours', ScNeighbours);

declare global {
  interface HTMLElementTagNameMap {
    'sc-neighbours': ScNeighbours;
  }
}
