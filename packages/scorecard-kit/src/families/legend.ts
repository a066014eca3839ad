// The autoloader's legend family: the key to the tiles' marks, which many pages of tiles leave out.
import '@scorecard-kit/tiles/sc-legend.js';
