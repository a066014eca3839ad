// The autoloader's tiles family: the tile and the grid of tiles. A tile loads its neighbours chart
// and its breakdowns by itself, when it first opens one.
import '@scorecard-kit/tiles/sc-indicator-tile.js';
import '@scorecard-kit/tiles/sc-tile-grid.js';
