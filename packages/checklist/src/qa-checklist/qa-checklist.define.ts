import { defineElement } from '@scorecard-kit/core';
import { ScQaChecklist } from './qa-checklist.js';

export { ScQaChecklist };
defineElement('sc-qa-checklist', ScQaChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'sc-qa-checklist': ScQaChecklist;
  }
}
