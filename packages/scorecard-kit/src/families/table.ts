// The autoloader's table family: the scorecard as a table, one row per indicator.
import '@scorecard-kit/tiles/sc-scorecard-table.js';
