// The autoloader's breakdown family: an indicator by ethnicity, sex or another characteristic.
import '@scorecard-kit/tiles/sc-breakdown.js';
