import { css } from 'lit';

export const outcomeTreeStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space);
    align-items: end;
    margin-bottom: var(--_sc-space);
  }
  .filter {
    display: flex;
    flex-direction: column;
    font-weight: bold;
  }
  input,
  button {
    min-height: 2.5rem;
    font: inherit;
    color: var(--_sc-color-text);
    background: var(--_sc-color-surface);
  }
  input {
    border: 2px solid var(--_sc-color-text);
    padding: var(--_sc-space-xs) 0.4rem;
  }
  button {
    border: 2px solid var(--_sc-color-border);
    padding: var(--_sc-space-xs) 0.75rem;
    cursor: pointer;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_sc-color-focus-text);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul[role='group'] {
    padding-left: var(--sc-tree-indent, 1.5rem);
  }
  li {
    outline: none;
  }
  /* The whole tree while a filter shows its matches: kept as it was, not drawn, taking no room. */
  ul[aria-hidden] {
    content-visibility: hidden;
    contain-intrinsic-size: 0 0;
  }
  /*
   * A framework of thousands of nodes: an item out of view, its row and everything open under it,
   * skips style, layout and paint until scrolled to, so opening or closing one does not redraw the
   * rows it moves.
   */
  li[role='treeitem'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) 0.6rem;
    align-items: baseline;
    padding: 0.3rem 0.4rem;
    border-left: 4px solid transparent;
    cursor: pointer;
  }
  /* Inside the row: the item's containment would clip a ring drawn outside it. */
  li:focus-visible > .row {
    outline: 3px solid var(--_sc-color-focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_sc-color-focus-text);
  }
  .row.selected {
    border-left-color: var(--_sc-color-link);
    background: var(--sc-tree-selected-background, light-dark(#e8f1f8, #1b3a57));
    font-weight: bold;
  }
  .twisty {
    flex: none;
    width: 1rem;
  }
  .row.node > .label {
    font-weight: bold;
  }
  .kind,
  .figure {
    color: var(--_sc-color-muted);
    font-size: 0.85em;
  }
  .kind {
    text-transform: capitalize;
  }
  .rollup .mark {
    display: inline-flex;
    gap: 0.1rem;
    align-items: center;
    margin-right: 0.35rem;
    font-size: 0.85em;
  }
  .rag {
    font-weight: bold;
  }
  .track {
    color: var(--_sc-color-muted);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .warning {
    color: var(--_sc-color-warning);
    font-size: 0.85em;
  }
  .direction {
    display: inline-flex;
    gap: 0.2rem;
    align-items: center;
    font-size: 0.85em;
  }
  .diagram-scroll {
    max-height: var(--sc-tree-diagram-height, 70vh);
    overflow: auto;
    border: 1px solid var(--_sc-color-border);
  }
  .diagram {
    position: relative;
    margin: var(--_sc-space);
  }
  .links {
    position: absolute;
    inset: 0;
    fill: none;
    stroke: var(--_sc-color-border);
    stroke-width: 1.5;
  }
  .box {
    position: absolute;
    width: 240px;
    height: 64px;
    content-visibility: auto;
    contain-intrinsic-size: 240px 64px;
    outline: none;
    border: 1px solid var(--_sc-color-border);
    background: var(--_sc-color-surface);
    overflow: hidden;
  }
  .box .row {
    height: 100%;
    align-content: flex-start;
    overflow: hidden;
  }
  .box .label {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    flex-basis: calc(100% - 1.6rem);
  }
  .box:focus-visible {
    outline: 3px solid var(--_sc-color-focus);
    box-shadow: inset 0 0 0 2px var(--_sc-color-focus-text);
  }
  @media (forced-colors: active) {
    .row.selected {
      border-left-color: Highlight;
    }
  }
  @media print {
    .twisty {
      display: none;
    }
  }
`;
