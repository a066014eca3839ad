import { css } from 'lit';

export const indicatorTileStyles = css`
  :host {
    --_sc-tile-background: var(--sc-tile-background, var(--_sc-color-surface));
    --_sc-sparkline-color: var(--sc-sparkline-color, currentColor);
    --_sc-sparkline-comparator-color: var(--sc-sparkline-comparator-color, light-dark(#6f777b, #b1b4b6));
    --_sc-sparkline-band-color: var(--sc-sparkline-band-color, light-dark(rgb(0 112 60 / 15%), rgb(111 210 155 / 20%)));
    min-width: 0;
  }
  /* A page of hundreds of tiles lays out and paints only those on screen. Only deferred tiles:
     a skipped tile's placeholder height moves what is below it as it comes into view, which
     a short page does not need. */
  :host([defer]) {
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .tile {
    position: relative;
    height: 100%;
    padding: var(--sc-tile-padding, var(--_sc-space-m));
    border: var(--sc-tile-border, 1px solid var(--_sc-color-border));
    border-top: 5px solid var(--_sc-color-accent);
    border-radius: var(--_sc-radius);
    background: var(--_sc-tile-background);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .tile.selected {
    border-color: var(--_sc-color-link);
    box-shadow: 0 0 0 2px var(--_sc-color-link);
  }
  .head {
    display: flex;
    gap: var(--_sc-space);
    align-items: flex-start;
    justify-content: space-between;
  }
  .heading {
    margin: 0;
    font-size: var(--_sc-text-heading);
    font-weight: bold;
    line-height: 1.3;
  }
  .title {
    all: unset;
    color: var(--_sc-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .title:hover {
    text-decoration-thickness: 3px;
  }
  .title:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    background: var(--_sc-color-focus);
    color: var(--_sc-color-focus-text);
    box-shadow: 0 4px var(--_sc-color-focus-text);
    text-decoration: none;
  }
  .polarity {
    flex: none;
    padding: 0 0.3em;
    border: 1px solid currentColor;
    font-size: var(--_sc-text-tiny);
    font-weight: bold;
  }
  p {
    margin: var(--_sc-space) 0 0;
  }
  .value {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space);
    align-items: baseline;
  }
  .figure {
    font-size: var(--sc-tile-value-size, var(--_sc-text-figure));
    font-weight: bold;
    line-height: 1.1;
  }
  .figure .unit {
    font-size: var(--sc-tile-unit-size, var(--_sc-text-heading));
    font-weight: normal;
    white-space: nowrap;
  }
  .figure.empty {
    font-size: var(--_sc-text-title);
    color: var(--_sc-color-muted);
  }
  .period {
    color: var(--_sc-color-muted);
  }
  .tag {
    padding: 0 0.35em;
    border: 1px solid var(--_sc-color-muted);
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-tiny);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .direction {
    display: flex;
    gap: 0.35rem;
    align-items: center;
  }
  .vs {
    color: var(--_sc-color-muted);
  }
  .rag-shape {
    margin-right: var(--_sc-space-xs);
    vertical-align: -0.05em;
  }
  ul {
    margin: var(--_sc-space) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_sc-text-small);
  }
  /* "England 5.3% 0.5 points higher": the figure and the gap each keep to one line, so a narrow
     tile wraps between them, never inside "0.5 points". */
  .benchmarks li + li {
    margin-top: var(--_sc-space-xs);
  }
  .theirs,
  .difference {
    white-space: nowrap;
  }
  .difference {
    color: var(--_sc-color-muted);
  }
  .spark {
    position: relative;
    margin: var(--_sc-space) 0 0;
  }
  .spark svg {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .line {
    fill: none;
    stroke: var(--_sc-sparkline-color);
    stroke-width: 2;
  }
  .comparator {
    fill: none;
    stroke: var(--_sc-sparkline-comparator-color);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .band {
    fill: var(--_sc-sparkline-band-color);
  }
  .point {
    fill: var(--_sc-sparkline-color);
  }
  .point.on {
    stroke: var(--_sc-tile-background);
    stroke-width: 1.5;
  }
  .tip {
    position: absolute;
    top: -1.75rem;
    transform: translateX(-50%);
    padding: 0.1rem 0.35rem;
    background: var(--_sc-color-text);
    color: var(--_sc-tile-background);
    font-size: var(--_sc-text-tiny);
    white-space: nowrap;
    pointer-events: none;
  }
  .key {
    margin: 0.15rem 0 0;
    font-size: var(--_sc-text-tiny);
    color: var(--_sc-color-muted);
  }
  .key-comparator {
    display: inline-block;
    width: 1.5rem;
    margin-right: 0.35rem;
    border-top: 2px dashed var(--_sc-sparkline-comparator-color);
    vertical-align: middle;
  }
  .in-words {
    margin: 0 0 var(--_sc-space);
  }
  .no-trend {
    font-size: var(--_sc-text-small);
    color: var(--_sc-color-muted);
  }
  .commentary summary,
  .about summary,
  .neighbours summary,
  .breakdown summary {
    color: var(--_sc-color-link);
    text-decoration: underline;
    cursor: pointer;
  }
  .neighbours[open],
  .breakdown[open] {
    margin-top: var(--_sc-space);
  }
  .neighbours[open] > summary,
  .breakdown[open] > summary {
    margin-bottom: var(--_sc-space);
  }
  a {
    color: var(--_sc-color-link);
  }
  @media (forced-colors: active) {
    .tile {
      border-top-color: CanvasText;
    }
    .point {
      fill: CanvasText;
    }
    .line {
      stroke: CanvasText;
    }
    .comparator {
      stroke: GrayText;
    }
    .band {
      fill: Highlight;
      opacity: 0.3;
    }
  }
  @media print {
    .tile {
      break-inside: avoid;
    }
    .commentary:not([open]) > :not(summary),
    .about:not([open]) > :not(summary) {
      display: block;
    }
  }
`;
