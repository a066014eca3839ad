import { css } from 'lit';

export const legendStyles = css`
  :host {
    display: block;
    /* The table needs about 24rem; in a narrower column (a phone, a sidebar) the list is shown. */
    container: sc-legend / inline-size;
    --_sc-sparkline-comparator-color: var(--sc-sparkline-comparator-color, light-dark(#6f777b, #b1b4b6));
    --_sc-sparkline-band-color: var(--sc-sparkline-band-color, light-dark(rgb(0 112 60 / 15%), rgb(111 210 155 / 20%)));
  }
  .heading {
    margin: 0 0 var(--_sc-space);
    font-size: var(--_sc-text-heading);
    font-weight: bold;
  }
  table {
    border-collapse: collapse;
    margin-bottom: var(--_sc-space);
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    font-weight: bold;
    padding-bottom: var(--_sc-space-xs);
  }
  th,
  td {
    padding: var(--_sc-space-xs) 0.75rem var(--_sc-space-xs) 0;
    border-bottom: 1px solid var(--_sc-color-border);
    text-align: left;
    vertical-align: middle;
  }
  .arrow,
  .rag-shape {
    vertical-align: -0.15em;
  }
  ul {
    margin: 0 0 var(--_sc-space);
    padding: 0;
    list-style: none;
  }
  li {
    margin: 0.2rem 0;
  }
  .code {
    display: inline-block;
    min-width: 2.5rem;
    font-weight: bold;
  }
  .tag {
    padding: 0 0.35em;
    border: 1px solid var(--_sc-color-muted);
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-tiny);
    text-transform: uppercase;
  }
  .swatch {
    vertical-align: middle;
  }
  .band {
    fill: var(--_sc-sparkline-band-color);
  }
  .comparator {
    stroke: var(--_sc-sparkline-comparator-color);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .direction-list {
    display: none;
    margin-bottom: var(--_sc-space);
  }
  .direction-list .caption {
    margin: 0 0 var(--_sc-space-xs);
    font-weight: bold;
  }
  .direction-list dl {
    margin: 0;
  }
  .direction-list dt {
    margin-top: 0.35rem;
    font-weight: bold;
  }
  .direction-list dd {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.9rem;
    margin: 0;
  }
  .direction-list dd > span {
    white-space: nowrap;
  }
  @container sc-legend (max-width: 24rem) {
    table.direction {
      display: none;
    }
    .direction-list {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .band {
      fill: Highlight;
    }
  }
`;
