import { css } from 'lit';

/** The form styles both checklists share: GOV.UK-like fields, errors, actions and print. */
export const checklistStyles = css`
  button,
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    padding: 0.375rem 0.75rem;
    border: 2px solid var(--_sc-color-text);
    background: var(--_sc-color-surface);
    border-radius: var(--_sc-radius);
  }
  button.primary {
    background: var(--sc-color-button, #00703c);
    border-color: var(--sc-color-button, #00703c);
    color: #ffffff;
  }
  textarea,
  input[type='text'],
  input[type='date'] {
    width: 100%;
    padding: 0.375rem;
    border: 2px solid var(--sc-field-border, light-dark(#0b0c0c, #f3f2f1));
    background: var(--_sc-color-surface);
    border-radius: var(--_sc-radius);
  }
  [aria-invalid='true'],
  .has-error .options {
    border-color: var(--_sc-color-error);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_sc-space);
    align-items: center;
    margin-bottom: var(--_sc-space);
  }
  .import {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_sc-space);
    align-items: center;
    max-width: 100%;
  }
  .import input {
    /* A file input is as wide as its button and file name: on a phone it must shrink to fit. */
    min-width: 0;
    max-width: 100%;
  }
  .saved {
    color: var(--_sc-color-muted);
    margin: 0 0 var(--_sc-space);
    min-height: 1.5em;
  }
  .report {
    border-left: 5px solid var(--_sc-color-warning);
    padding: var(--_sc-space-xs) var(--_sc-space);
    margin-bottom: var(--_sc-space);
  }
  .report.error {
    border-color: var(--_sc-color-error);
  }
  .report.info {
    border-color: var(--_sc-color-border);
  }
  .report p {
    margin: var(--_sc-space-xs) 0;
  }
  .error-summary {
    border: 5px solid var(--_sc-color-error);
    padding: var(--_sc-space) var(--_sc-space-m);
    margin-bottom: var(--_sc-space-m);
  }
  .error-summary-title {
    font-weight: bold;
    font-size: var(--_sc-text-heading);
    margin: 0 0 var(--_sc-space);
  }
  .error-summary a {
    color: var(--_sc-color-error);
    font-weight: bold;
  }
  .field-error {
    color: var(--_sc-color-error);
    font-weight: bold;
    margin: var(--_sc-space-xs) 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_sc-space);
    min-width: 0;
  }
  fieldset.has-error {
    border-left: 5px solid var(--_sc-color-error);
    padding-left: var(--_sc-space);
  }
  legend {
    font-weight: bold;
    padding: 0;
    margin-bottom: var(--_sc-space-xs);
  }
  .hint {
    color: var(--_sc-color-muted);
    margin: 0 0 var(--_sc-space-xs);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_sc-space-xs);
  }
  .radios.inline .options {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_sc-space-xs) var(--_sc-space-l);
  }
  .option {
    display: flex;
    gap: var(--_sc-space);
    align-items: flex-start;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_sc-color-text);
  }
  .option-hint {
    display: block;
    color: var(--_sc-color-muted);
    font-size: var(--_sc-text-small);
  }
  .text-field {
    margin-bottom: var(--_sc-space);
  }
  .text-field label {
    display: block;
    font-weight: bold;
    margin-bottom: var(--_sc-space-xs);
  }
  /* Each field's label is in its cell, for screen readers beside the column headers; where the
     table is too narrow for its five columns (a phone), each action becomes a block of labelled
     fields instead of a table scrolled sideways. */
  .actions {
    container-type: inline-size;
  }
  .cell-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 32rem) {
    .actions thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .actions table,
    .actions tbody,
    .actions tr,
    .actions td {
      display: block;
      width: 100%;
    }
    .actions tr {
      padding: var(--_sc-space) 0;
      border-bottom: 1px solid var(--_sc-color-border);
    }
    .actions caption {
      display: block;
    }
    .actions tr > td {
      padding: var(--_sc-space-xs) 0;
      border: 0;
    }
    .cell-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      display: block;
      font-weight: bold;
    }
    .actions tr > td.done {
      display: flex;
      gap: var(--_sc-space);
      align-items: center;
    }
  }
  .actions table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_sc-space);
  }
  .actions caption {
    text-align: left;
    font-weight: bold;
    margin-bottom: var(--_sc-space-xs);
  }
  .actions th,
  .actions td {
    text-align: left;
    vertical-align: top;
    padding: var(--_sc-space-xs);
    border-bottom: 1px solid var(--_sc-color-border);
  }
  .actions input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
  }
  .overdue-note {
    color: var(--_sc-color-error);
    font-weight: bold;
    margin: var(--_sc-space-xs) 0 0;
  }
  .progress {
    font-weight: bold;
    margin: 0 0 var(--_sc-space);
  }
  @media print {
    .toolbar,
    .saved,
    .report,
    button {
      display: none !important;
    }
    textarea {
      border: 1px solid #000000;
      resize: none;
    }
    section {
      break-inside: avoid-page;
    }
  }
`;
