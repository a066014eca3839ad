import { css } from 'lit';

export const breakdownStyles = css`
  :host {
    container: sc-breakdown / inline-size;
  }
  .caption {
    font-size: var(--_sc-text-heading);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space-m);
    margin: 0 0 var(--_sc-space);
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-small);
  }
  .swatch {
    display: inline-block;
    width: 1rem;
    height: 0.75rem;
    margin-right: var(--_sc-space-xs);
    vertical-align: -0.05em;
  }
  .swatch.service,
  .service .fill {
    background: var(--sc-breakdown-service-color, light-dark(#1d70b8, #8bbcf0));
  }
  .swatch.population,
  .population .fill {
    background: var(--sc-breakdown-population-color, light-dark(#b1b4b6, #6f777b));
  }
  .chart {
    margin: 0 0 var(--_sc-space);
    padding: 0;
    list-style: none;
  }
  .chart li {
    display: grid;
    grid-template-columns: minmax(6rem, 12rem) minmax(0, 1fr);
    gap: 0.15rem var(--_sc-space);
    align-items: center;
    padding: var(--_sc-space-xs) 0;
    border-bottom: 1px solid var(--_sc-color-border);
  }
  .name {
    grid-row: span 2;
  }
  .none {
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-small);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 3.5rem;
    gap: var(--_sc-space);
    align-items: center;
  }
  .track {
    position: relative;
    height: 0.8rem;
  }
  .population .track {
    height: 0.5rem;
  }
  .fill {
    position: absolute;
    inset: 0 auto 0 0;
  }
  /* The service share's 95% interval, a line across the end of its bar. */
  .whisker {
    position: absolute;
    top: 50%;
    height: 2px;
    background: var(--_sc-color-text);
  }
  .value {
    font-variant-numeric: tabular-nums;
    font-size: var(--_sc-text-small);
    text-align: right;
  }
  .findings {
    margin: 0 0 var(--_sc-space);
    padding-left: 1.25rem;
  }
  .findings .higher,
  .findings .lower {
    font-weight: bold;
  }
  .notes {
    margin: 0;
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-small);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: var(--_sc-space-xs) var(--_sc-space) var(--_sc-space-xs) 0;
    border-bottom: 1px solid var(--_sc-color-border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_sc-color-text);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 30rem) {
    .chart li {
      grid-template-columns: minmax(0, 1fr);
    }
    .name {
      grid-row: auto;
    }
  }
  @media (forced-colors: active) {
    .fill,
    .swatch {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .population .fill,
    .swatch.population {
      background: GrayText;
    }
  }
`;
