import { defineElement } from '@scorecard-kit/core';
import { ScAuditForm } from './audit-form.js';

export { ScAuditForm };
defineElement('sc-audit-form', ScAuditForm);

declare global {
  interface HTMLElementTagNameMap {
    'sc-audit-form': ScAuditForm;
  }
}
