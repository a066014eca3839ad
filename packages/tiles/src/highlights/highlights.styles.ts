import { css } from 'lit';

export const highlightsStyles = css`
  .list {
    padding-left: var(--_sc-space);
    border-left: 5px solid var(--_sc-color-border);
  }
  .list + .list {
    margin-top: var(--_sc-space-m);
  }
  .improved {
    border-left-color: var(--_sc-color-improved);
  }
  .priorities {
    border-left-color: var(--_sc-color-deteriorated);
  }
  .heading {
    margin: 0 0 var(--_sc-space);
    font-size: var(--_sc-text-heading);
    font-weight: bold;
  }
  ol {
    margin: 0;
    padding-left: var(--_sc-space-l);
  }
  li + li {
    margin-top: var(--_sc-space);
  }
  .because {
    display: block;
    color: var(--_sc-color-muted);
  }
  .none {
    margin: 0;
    color: var(--_sc-color-muted);
  }
  @media (forced-colors: active) {
    .list {
      border-left-color: CanvasText;
    }
  }
`;
