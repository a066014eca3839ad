import { css } from 'lit';

export const feedStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .status,
  .notice {
    margin: 0 0 var(--sc-space);
    color: var(--sc-color-muted);
  }
  .error {
    margin: 0 0 var(--sc-space);
    padding: var(--sc-space) calc(var(--sc-space) * 2);
    border: 4px solid var(--sc-color-error);
    border-radius: var(--sc-radius);
    background: var(--sc-color-surface);
  }
  .error strong {
    display: block;
  }
  .error ul,
  .warnings ul {
    margin: var(--sc-space) 0 0;
    padding-left: 1.25rem;
  }
  .error li,
  .warnings li {
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .stale {
    border-left: 4px solid var(--sc-color-warning);
    padding-left: var(--sc-space);
    color: var(--sc-color-text);
  }
  .illustrative {
    border-left: 4px solid var(--sc-color-border);
    padding-left: var(--sc-space);
    color: var(--sc-color-text);
  }
  .warnings {
    margin: 0 0 var(--sc-space);
  }
  .warnings summary {
    cursor: pointer;
    color: var(--sc-color-link);
    text-decoration: underline;
  }
  @media print {
    .warnings {
      display: none;
    }
  }
`;
