// The autoloader's core family: <sc-feed> (which every page of widgets sits in) and the period picker.
import '@scorecard-kit/core/sc-feed.js';
import '@scorecard-kit/core/sc-period-picker.js';
