import { css } from 'lit';

export const highlightsStyles = css`
  .list {
    padding-left: var(--sc-space);
    border-left: 5px solid var(--sc-color-border);
  }
  .list + .list {
    margin-top: calc(var(--sc-space) * 2);
  }
  .improved {
    border-left-color: var(--sc-color-improved);
  }
  .priorities {
    border-left-color: var(--sc-color-deteriorated);
  }
  .heading {
    margin: 0 0 var(--sc-space);
    font-size: 1.125rem;
    font-weight: bold;
  }
  ol {
    margin: 0;
    padding-left: 1.5rem;
  }
  li + li {
    margin-top: var(--sc-space);
  }
  .because {
    display: block;
    color: var(--sc-color-muted);
  }
  .none {
    margin: 0;
    color: var(--sc-color-muted);
  }
  @media (forced-colors: active) {
    .list {
      border-left-color: CanvasText;
    }
  }
`;
