// The autoloader's highlights family: the indicators that moved most, in words.
import '@scorecard-kit/tiles/sc-highlights.js';
