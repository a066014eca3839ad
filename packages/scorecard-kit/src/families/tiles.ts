// The autoloader's tiles family: the tile, the grid of tiles and the legend beside them. A tile
// loads its neighbours chart and its breakdowns by itself, when it first opens one.
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
import '@scorecard-kit/tiles/sc-legend.js';
