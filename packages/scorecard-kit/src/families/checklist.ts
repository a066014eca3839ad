// The autoloader's checklist family: the QA checklist and the case-file audit. Their questions show
// tiles, so the family brings the tiles family with it, and the two share one file (tiles.js).
import '@scorecard-kit/checklist/sc-qa-checklist.js';
import '@scorecard-kit/checklist/sc-audit-form.js';
import './tiles.js';
