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
    padding: var(--_sc-space) 0 var(--_sc-space-m);
    /* A node's questions, each a form with its tiles, are laid out and painted only near the
       screen: a change of node then costs the questions in view. Find-in-page, focus, screen
       readers and print still reach every one. */
    content-visibility: auto;
    contain-intrinsic-size: auto 28rem;
  }
  .question-title {
    font-weight: bold;
    font-size: var(--_sc-text-heading);
    margin: 0 0 var(--_sc-space-xs);
  }
  .tiles {
    list-style: none;
    margin: 0 0 var(--_sc-space);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(var(--sc-tile-grid-min, 16rem), 100%), 1fr));
    gap: var(--_sc-space);
  }
  .previous {
    background: color-mix(in srgb, var(--_sc-color-border) 25%, transparent);
    padding: var(--_sc-space-xs) var(--_sc-space);
    margin: 0 0 var(--_sc-space);
  }
  .texts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0 var(--_sc-space-m);
  }
`;
