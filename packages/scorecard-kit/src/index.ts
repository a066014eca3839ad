/**
 * The umbrella: importing it registers every Scorecard Kit element and re-exports the public API,
 * so one script tag (the single-file bundle built from this module) gives a page the whole kit.
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
export * from '@scorecard-kit/core';
export * from '@scorecard-kit/tiles';
export * from '@scorecard-kit/tree';
export * from '@scorecard-kit/map';
export * from '@scorecard-kit/checklist';
