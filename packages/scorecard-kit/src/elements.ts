/**
 * Every Scorecard Kit element, registered, and nothing else: the single-file bundle
 * (`scorecard-kit.min.js`) is built from this module, so that a page given one script tag pays for
 * the elements alone. The classes and rules are exported by the package's main module (`index.ts`).
 * <sc-feed> is defined first, so that it is ready before any widget asks it for the feed.
 */
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/core/sc-period-picker.js';
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import '@scorecard-kit/tiles/sc-legend.js';
import '@scorecard-kit/tiles/sc-scorecard-table.js';
import '@scorecard-kit/tiles/sc-highlights.js';
import '@scorecard-kit/tiles/sc-neighbours.js';
import '@scorecard-kit/tiles/sc-breakdown.js';
import '@scorecard-kit/tree/sc-outcome-tree.js';
import '@scorecard-kit/map/sc-locality-map.js';
import '@scorecard-kit/checklist/sc-qa-checklist.js';
import '@scorecard-kit/checklist/sc-audit-form.js';
