import { css } from 'lit';

export const qaChecklistStyles = css`
  .intro {
    margin: 0 0 var(--_sc-space);
  }
  .questions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .question {
    border-top: 2px solid var(--_sc-color-border);
    padding: var(--_sc-space) 0 calc(var(--_sc-space) * 2);
  }
  .question-title {
    font-weight: bold;
    font-size: 1.125rem;
    margin: 0 0 0.25rem;
  }
  .tiles {
    list-style: none;
    margin: 0 0 var(--_sc-space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_sc-space);
  }
  .previous {
    background: color-mix(in srgb, var(--_sc-color-border) 25%, transparent);
    padding: 0.25rem var(--_sc-space);
    margin: 0 0 var(--_sc-space);
  }
  .texts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0 calc(var(--_sc-space) * 2);
  }
`;
