// The autoloader's map family.
import '@scorecard-kit/map/sc-locality-map.js';
