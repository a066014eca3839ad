import { css } from 'lit';

export const neighboursStyles = css`
  :host {
    container: sc-neighbours / inline-size;
  }
  .unit {
    margin: 0 0 var(--_sc-space-xs);
    color: var(--_sc-color-muted);
    font-size: 0.9em;
  }
  .chart {
    display: grid;
    /* One grid for every row (each row a subgrid), so that every bar has the same scale and the lines meet. */
    grid-template-columns: auto minmax(5rem, 14rem) minmax(4rem, 1fr) auto;
    gap: 0.2rem var(--_sc-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    grid-template-areas: 'rank name bar value';
    align-items: center;
  }
  .rank {
    grid-area: rank;
  }
  .name {
    grid-area: name;
  }
  .bar {
    grid-area: bar;
  }
  .value {
    grid-area: value;
  }
  /* A phone: the name and figure on one line, the bar beneath them across the width. */
  @container sc-neighbours (max-width: 30rem) {
    .chart {
      grid-template-columns: auto minmax(0, 1fr) auto;
      row-gap: 0.1rem;
    }
    .chart li {
      grid-template-areas:
        'rank name value'
        '. bar bar';
      padding-bottom: 0.3rem;
    }
  }
  .chart .own {
    font-weight: bold;
  }
  .rank {
    color: var(--_sc-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .bar {
    width: 100%;
    height: 1.1rem;
    overflow: visible;
  }
  .bar rect {
    fill: var(--sc-neighbours-bar-color, light-dark(#1d70b8, #8bbcf0));
  }
  .own .bar rect {
    fill: var(--sc-neighbours-own-color, var(--_sc-color-text));
  }
  .bar line {
    stroke: var(--_sc-color-text);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .bar .line-0 {
    stroke-dasharray: 4 3;
  }
  .bar .line-1 {
    stroke-dasharray: 1 2;
  }
  .value {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .value.empty {
    color: var(--_sc-color-muted);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space-m);
    margin: var(--_sc-space) 0 0;
    color: var(--_sc-color-muted);
    font-size: 0.9em;
  }
  .key-item {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
  }
  .swatch {
    flex: none;
    width: 1.5rem;
    border-top: 2px dashed var(--_sc-color-text);
  }
  .swatch.line-1 {
    border-top-style: dotted;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.3rem 0.6rem 0.3rem 0;
    border-bottom: 1px solid var(--_sc-color-border);
    text-align: left;
  }
  .num {
    text-align: right;
    white-space: nowrap;
  }
  tr.own th,
  tr.own td {
    font-weight: bold;
  }
  tr.line th,
  tr.line td {
    color: var(--_sc-color-muted);
  }
  @media (forced-colors: active) {
    .bar rect {
      fill: CanvasText;
    }
    .own .bar rect {
      fill: Highlight;
    }
  }
`;
