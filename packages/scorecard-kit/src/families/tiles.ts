// The autoloader's tiles family: everything that shows indicators as tiles, tables and charts.
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import '@scorecard-kit/tiles/sc-legend.js';
import '@scorecard-kit/tiles/sc-scorecard-table.js';
import '@scorecard-kit/tiles/sc-highlights.js';
import '@scorecard-kit/tiles/sc-neighbours.js';
import '@scorecard-kit/tiles/sc-breakdown.js';
