import { svg } from 'lit';
import type { Movement } from '../rules/direction.js';

/**
 * Direction-of-travel arrows as shapes, so that the direction never depends on colour: up, down,
 * and the seed scorecard's two-headed arrow for a maintained level. 16×16, drawn in currentColor.
 */
export function arrow(movement: Movement) {
  switch (movement) {
    case 'up':
      return svg`<path d="M8 1 L15 9 H10.5 V15 H5.5 V9 H1 Z" />`;
    case 'down':
      return svg`<path d="M8 15 L1 7 H5.5 V1 H10.5 V7 H15 Z" />`;
    default:
      return svg`<path d="M1 8 L5.5 3.5 V6.5 H10.5 V3.5 L15 8 L10.5 12.5 V9.5 H5.5 V12.5 Z" />`;
  }
}

/** RAG marks differ in shape too: a circle for green, a triangle for amber, a square for red. */
export function ragShape(status: 'red' | 'amber' | 'green' | null) {
  switch (status) {
    case 'green':
      return svg`<circle cx="6" cy="6" r="5" />`;
    case 'amber':
      return svg`<path d="M6 0.5 L11.5 11 H0.5 Z" />`;
    case 'red':
      return svg`<rect x="1" y="1" width="10" height="10" />`;
    default:
      return svg`<circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />`;
  }
}
