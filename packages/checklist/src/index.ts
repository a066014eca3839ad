/**
 * @scorecard-kit/checklist: the QA-question checklist and the case-file audit form. Importing this
 * module registers nothing; import `@scorecard-kit/checklist/sc-qa-checklist.js` or
 * `@scorecard-kit/checklist/sc-audit-form.js` to define the elements.
 */
export { ScAuditForm } from './audit-form/audit-form.js';
export { ScQaChecklist } from './qa-checklist/qa-checklist.js';
export { ChecklistElement } from './base/checklist-element.js';
export * from './model/state.js';
export { readState, type ReadResult } from './model/read.js';
export { auditSpec, qaSpec, progress, gaps, orphanKeys, stateCsv, type ChecklistSpec, type Progress, type Gap } from './model/spec.js';
export { DraftStore, draftKey, type StoreReport } from './store/draft-store.js';
