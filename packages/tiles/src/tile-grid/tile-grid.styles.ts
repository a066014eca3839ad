import { css } from 'lit';

export const tileGridStyles = css`
  :host {
    --_sc-tile-grid-gap: var(--sc-tile-grid-gap, var(--_sc-space-m));
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space) var(--_sc-space-l);
    margin-bottom: var(--_sc-space);
  }
  .controls label {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space);
    align-items: center;
    font-weight: bold;
  }
  select {
    min-height: 2.5rem;
    padding: var(--_sc-space-xs);
    border: 2px solid var(--_sc-color-text);
    background: var(--_sc-color-surface);
    color: var(--_sc-color-text);
    font: inherit;
    font-weight: normal;
  }
  select:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
  .count,
  .empty {
    margin: 0 0 var(--_sc-space);
    color: var(--_sc-color-muted);
  }
  .group + .group {
    margin-top: var(--_sc-space-l);
  }
  .group-title {
    margin: 0 0 var(--_sc-space);
    font-size: var(--_sc-text-title);
    font-weight: bold;
  }
  .group-words {
    font-size: var(--_sc-text-body);
    font-weight: normal;
    color: var(--_sc-color-muted);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--sc-tile-grid-min, 16rem), 100%), 1fr));
    gap: var(--_sc-tile-grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid + .grid {
    margin-top: var(--_sc-tile-grid-gap);
  }
  /* A block away from the screen is not laid out or painted; its size is remembered once drawn. */
  .grid:not(:only-child) {
    content-visibility: auto;
    contain-intrinsic-size: auto 100vh;
  }
  .grid > .item {
    display: flex;
    min-width: 0;
  }
  .grid sc-indicator-tile {
    flex: 1;
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;
