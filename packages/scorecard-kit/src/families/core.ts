// The autoloader's core family: <sc-feed>, which every page of widgets sits in. Lit and what most
// families share come in the same file (scripts/kit-grouping.mjs).
import '@scorecard-kit/core/sc-feed.js';
