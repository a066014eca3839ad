// The autoloader's neighbours family: the ranked chart of the statistical neighbours.
import '@scorecard-kit/tiles/sc-neighbours.js';
