import { css } from 'lit';

export const localityMapStyles = css`
  figure {
    margin: 0;
  }
  figcaption {
    font-size: var(--_sc-text-heading);
    margin-bottom: var(--_sc-space);
  }
  .summary,
  .note,
  .legend-note,
  .refs,
  .attribution {
    margin: 0 0 var(--_sc-space);
  }
  .note,
  .attribution,
  .refs {
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-small);
  }
  .warning {
    overflow-wrap: anywhere;
    border-left: 4px solid var(--_sc-color-warning);
    padding-left: var(--_sc-space);
    margin: 0 0 var(--_sc-space);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .toggle {
    margin-bottom: var(--_sc-space);
    padding: var(--_sc-space-xs) 0.75rem;
    border: 2px solid var(--_sc-color-text);
    background: var(--_sc-color-surface);
    border-radius: var(--_sc-radius);
  }
  .toggle[aria-pressed='true'] {
    background: var(--_sc-color-text);
    color: var(--_sc-color-surface);
  }
  .levels {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_sc-space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space-m);
    align-items: center;
  }
  .levels legend {
    float: left;
    margin-right: var(--_sc-space);
    font-weight: bold;
  }
  .levels label {
    display: inline-flex;
    gap: var(--_sc-space-xs);
    align-items: center;
  }
  .levels input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-m);
    align-items: flex-start;
    margin-bottom: var(--_sc-space);
  }
  .map {
    position: relative;
    flex: 0 0 auto;
    max-width: 100%;
  }
  .map.loading {
    min-height: 8rem;
    flex: 1 1 100%;
  }
  svg[role='listbox'] {
    display: block;
    max-width: 100%;
    height: auto;
  }
  svg[role='listbox']:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
  }
  /* The shapes are drawn in tenths of a pixel, scaled by a tenth: their strokes keep to pixels. */
  .area,
  path.home,
  .chosen,
  .swatch rect {
    vector-effect: non-scaling-stroke;
  }
  .area {
    stroke: var(--sc-map-stroke, #ffffff);
    stroke-width: 1;
    cursor: pointer;
  }
  .area.active {
    stroke: var(--_sc-color-focus-text);
    stroke-width: 3;
  }
  /* The authority's outline on the map and in the legend (its row in the bars is in bold only:
     an outline's stroke on the row's text made it unreadable). */
  path.home,
  rect.home {
    fill: none;
    stroke: var(--_sc-color-text);
    stroke-width: 3;
    pointer-events: none;
  }
  .chosen {
    fill: none;
    stroke: var(--sc-map-selected, light-dark(#0b0c0c, #ffffff));
    stroke-width: 3;
    stroke-dasharray: 6 3;
    pointer-events: none;
  }
  .neighbour {
    fill: var(--_sc-color-text);
    stroke: var(--_sc-color-surface);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .label {
    font-size: 12px;
    text-anchor: middle;
    dominant-baseline: central;
    fill: #0b0c0c;
    color: #0b0c0c;
    stroke: #ffffff;
    stroke-width: 3px;
    paint-order: stroke;
    pointer-events: none;
  }
  /* color as well as fill: checkers (axe) read the text colour from color. */
  .label.on-dark {
    fill: #ffffff;
    color: #ffffff;
    stroke: #0b0c0c;
  }
  /* Colour-blind safe: ColorBrewer Blues for sequential classes, PuOr (purple better, orange
     worse) and BrBG (no better direction) for diverging ones. */
  .fill-seq-1 { fill: var(--sc-map-seq-1, #eff3ff); }
  .fill-seq-2 { fill: var(--sc-map-seq-2, #c6dbef); }
  .fill-seq-3 { fill: var(--sc-map-seq-3, #9ecae1); }
  .fill-seq-4 { fill: var(--sc-map-seq-4, #6baed6); }
  .fill-seq-5 { fill: var(--sc-map-seq-5, #4292c6); }
  .fill-seq-6 { fill: var(--sc-map-seq-6, #2171b5); }
  .fill-seq-7 { fill: var(--sc-map-seq-7, #084594); }
  .fill-much-better { fill: var(--sc-map-much-better, #542788); }
  .fill-better { fill: var(--sc-map-better, #998ec3); }
  .fill-similar { fill: var(--sc-map-similar, #f7f7f7); }
  .fill-worse { fill: var(--sc-map-worse, #f1a340); }
  .fill-much-worse { fill: var(--sc-map-much-worse, #b35806); }
  .fill-much-lower { fill: var(--sc-map-much-lower, #01665e); }
  .fill-lower { fill: var(--sc-map-lower, #5ab4ac); }
  .fill-higher { fill: var(--sc-map-higher, #d8b365); }
  .fill-much-higher { fill: var(--sc-map-much-higher, #8c510a); }
  .fill-missing { fill: url(#missing); }
  .fill-suppressed { fill: url(#suppressed); }
  .missing-bg { fill: #ffffff; }
  .hatch { stroke: #6f777b; stroke-width: 2; }
  .dot { fill: #6f777b; }
  .tooltip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 8px));
    background: var(--_sc-color-surface);
    border: 1px solid var(--_sc-color-border);
    padding: var(--_sc-space-xs) var(--_sc-space);
    font-size: var(--_sc-text-small);
    white-space: nowrap;
    pointer-events: none;
    box-shadow: 0 2px 4px rgb(0 0 0 / 0.2);
  }
  .bars {
    flex: 1 1 16rem;
    min-width: 0;
    max-height: 36rem;
    overflow-y: auto;
  }
  /* Rows of 20 px (BAR_ROW): names, bars and figures side by side, the figures as wide as the
     longest, the names given the larger share of the rest and, on a phone, room for a name such as
     "City of London" before the bars get any. The kit's smallest text, fixed, as the rows are. */
  .bars .chart {
    display: grid;
    grid-template-columns: minmax(min(7.5rem, 40%), 3fr) minmax(1.5rem, 2fr) max-content;
    column-gap: 6px;
    font-size: 13px;
    line-height: 20px;
    cursor: pointer;
  }
  .bars ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bars li {
    height: 20px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .bars .values li {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .bars li.home,
  .bars li.selected {
    font-weight: bold;
  }
  .bars li.selected,
  .bars .band {
    background: color-mix(in srgb, var(--_sc-color-focus) 35%, transparent);
    fill: color-mix(in srgb, var(--_sc-color-focus) 35%, transparent);
  }
  .bars svg {
    display: block;
    width: 100%;
  }
  /* Stretched to the column's width, so the lines keep their own. */
  .bars .bar {
    stroke: var(--_sc-color-muted);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .bars .ref {
    stroke: var(--_sc-color-text);
    stroke-width: 2;
    stroke-dasharray: 3 2;
    vector-effect: non-scaling-stroke;
  }
  .legend ul {
    list-style: none;
    margin: 0 0 var(--_sc-space);
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space-m);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    font-size: var(--_sc-text-small);
  }
  .swatch {
    width: 1rem;
    height: 1rem;
    flex: none;
    stroke: var(--_sc-color-muted);
  }
  .swatch .home {
    stroke-width: 3;
  }
  .table-wrap {
    margin-bottom: var(--_sc-space);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: var(--_sc-space-xs) var(--_sc-space);
    border-bottom: 1px solid var(--_sc-color-border);
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  thead th button {
    border: 0;
    background: none;
    padding: 0;
    font-weight: bold;
  }
  tr.selected {
    background: color-mix(in srgb, var(--_sc-color-focus) 25%, transparent);
  }
  .link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_sc-color-link);
    text-decoration: underline;
    text-align: left;
  }
  tfoot th,
  tfoot td {
    font-weight: bold;
  }
  .comparison {
    border-left: 4px solid var(--_sc-color-border);
    padding-left: var(--_sc-space);
    margin-bottom: var(--_sc-space);
  }
  .comparison-title {
    font-weight: bold;
    font-size: var(--_sc-text-heading);
    margin: 0 0 var(--_sc-space-xs);
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem var(--_sc-space-m);
  }
  dl div {
    display: contents;
  }
  dt {
    color: var(--_sc-color-muted);
  }
  dd {
    margin: 0;
  }
  @media (forced-colors: active) {
    .area { stroke: CanvasText; }
    .chosen, path.home { stroke: Highlight; }
  }
`;
