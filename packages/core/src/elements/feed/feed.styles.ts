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
    margin: 0 0 var(--_sc-space);
    color: var(--_sc-color-muted);
  }
  .warnings ul {
    margin: var(--_sc-space) 0 0;
    padding-left: 1.25rem;
  }
  .warnings li {
    overflow-wrap: anywhere;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .stale {
    border-left: 4px solid var(--_sc-color-warning);
    padding-left: var(--_sc-space);
    color: var(--_sc-color-text);
  }
  .illustrative {
    border-left: 4px solid var(--_sc-color-border);
    padding-left: var(--_sc-space);
    color: var(--_sc-color-text);
  }
  .warnings {
    margin: 0 0 var(--_sc-space);
  }
  .warnings summary {
    cursor: pointer;
    color: var(--_sc-color-link);
    text-decoration: underline;
  }
  @media print {
    .warnings {
      display: none;
    }
  }
`;
