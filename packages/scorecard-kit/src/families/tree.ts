// The autoloader's tree family.
import '@scorecard-kit/tree/sc-outcome-tree.js';
