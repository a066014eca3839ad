/**
 * The umbrella: importing it registers every Scorecard Kit element (`elements.ts`) and re-exports
 * the public API of every package, for pages built with a bundler.
 */
import './elements.js';
export * from '@scorecard-kit/core';
export * from '@scorecard-kit/tiles';
export * from '@scorecard-kit/tree';
export * from '@scorecard-kit/map';
export * from '@scorecard-kit/checklist';
