// The autoloader's checklist family: the QA checklist and the case-file audit (tiles come with them).
import '@scorecard-kit/checklist/sc-qa-checklist.js';
import '@scorecard-kit/checklist/sc-audit-form.js';
