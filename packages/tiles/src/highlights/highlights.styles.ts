import { css } from 'lit';

export const highlightsStyles = css`
  .list {
    padding-left: var(--_sc-space);
    border-left: 5px solid var(--_sc-color-border);
  }
  .list + .list {
    margin-top: calc(var(--_sc-space) * 2);
  }
  .improved {
    border-left-color: var(--_sc-color-improved);
  }
  .priorities {
    border-left-color: var(--_sc-color-deteriorated);
  }
  .heading {
    margin: 0 0 var(--_sc-space);
    font-size: 1.125rem;
    font-weight: bold;
  }
  ol {
    margin: 0;
    padding-left: 1.5rem;
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
