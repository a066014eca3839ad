import { css } from 'lit';

export const scorecardTableStyles = css`
  :host {
    --_sc-table-font-size: var(--sc-table-font-size, var(--_sc-text-body));
  }
  .toolbar {
    margin-bottom: var(--_sc-space);
  }
  .download {
    min-height: 2.5rem;
    padding: 0.4rem 0.8rem;
    border: 0;
    box-shadow: 0 2px 0 light-dark(#002d18, #000);
    background: light-dark(#00703c, #00703c);
    color: #fff;
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }
  .download:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    background: var(--_sc-color-focus);
    color: var(--_sc-color-focus-text);
    box-shadow: 0 2px 0 var(--_sc-color-focus-text);
  }
  .scroll {
    /* Also down, under the sticky header (the region itself is core's .sc-scroll). */
    max-height: var(--sc-table-max-height, 80vh);
    overflow: auto;
    margin-bottom: var(--_sc-space-l);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_sc-table-font-size);
  }
  .caption {
    margin: var(--_sc-space-l) 0 var(--_sc-space);
    font-size: var(--_sc-text-heading);
    font-weight: bold;
  }
  th,
  td {
    padding: 0.4rem 0.6rem 0.4rem 0;
    border-bottom: 1px solid var(--_sc-color-border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--sc-table-header-background, var(--_sc-color-surface));
    border-bottom: 2px solid var(--_sc-color-text);
    vertical-align: bottom;
  }
  tbody th {
    font-weight: normal;
    min-width: 12rem;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  .nowrap {
    white-space: nowrap;
  }
  .empty,
  .muted,
  .vs {
    color: var(--_sc-color-muted);
  }
  .polarity {
    font-weight: bold;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .sort {
    all: unset;
    cursor: pointer;
    font-weight: bold;
    color: var(--_sc-color-link);
  }
  .sort:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    background: var(--_sc-color-focus);
    color: var(--_sc-color-focus-text);
  }
  .p {
    margin-left: 0.1em;
    font-size: 0.7em;
  }
  .direction {
    white-space: nowrap;
  }
  .arrow,
  .rag-shape {
    vertical-align: -0.1em;
  }
  .reason {
    display: block;
    font-size: 0.85em;
  }
  /* A table wider than a phone scrolls; its comments keep a readable measure instead of
     squeezing into a column a word wide that makes every row tall. */
  .comment {
    min-width: 16rem;
  }
  .comment p {
    margin: 0 0 var(--_sc-space-xs);
    font-size: 0.9em;
  }
  @media print {
    :host {
      --_sc-table-font-size: var(--sc-table-font-size, 8.5pt);
    }
    .toolbar {
      display: none;
    }
    .scroll {
      max-height: none;
      overflow: visible;
      break-inside: auto;
    }
    thead th {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    .sort {
      color: inherit;
    }
    .sort-mark {
      display: none;
    }
  }
`;
