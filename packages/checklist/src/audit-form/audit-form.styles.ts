import { css } from 'lit';

export const auditFormStyles = css`
  section {
    border-top: 2px solid var(--_sc-color-border);
    padding-top: var(--_sc-space);
    margin-bottom: var(--_sc-space-l);
  }
  .heading {
    font-size: var(--_sc-text-title);
    font-weight: bold;
    margin: 0 0 var(--_sc-space);
  }
  .subheading {
    font-weight: bold;
    margin: 0 0 var(--_sc-space);
  }
  .record {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0 var(--_sc-space-m);
  }
  .question {
    border-bottom: 1px solid var(--_sc-color-border);
    padding-bottom: var(--_sc-space);
    margin-bottom: var(--_sc-space);
  }
  .descriptors {
    margin-bottom: var(--_sc-space);
  }
  .descriptors summary {
    cursor: pointer;
    color: var(--_sc-color-link);
    text-decoration: underline;
  }
  .descriptors dt {
    font-weight: bold;
    margin-top: var(--_sc-space);
  }
  .descriptors dd {
    margin: 0;
  }
  @media print {
    .descriptors > *:not(summary) {
      display: block;
    }
  }
`;
