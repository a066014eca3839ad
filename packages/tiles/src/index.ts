/**
 * @scorecard-kit/tiles: indicator tiles and the views built from them. Importing this module
 * registers nothing; import the define files (e.g. `@scorecard-kit/tiles/sc-indicator-tile.js`).
 */
export { ScIndicatorTile } from './indicator-tile/indicator-tile.js';
export { sparkline, type Sparkline, type SparklineInput, type SparkPoint } from './geometry/sparkline.js';
export { ScTileGrid, type TileSort, type TileFilter } from './tile-grid/tile-grid.js';
export { ScLegend } from './legend/legend.js';
export { ScScorecardTable } from './scorecard-table/scorecard-table.js';
export { ScHighlights } from './highlights/highlights.js';
export { ScNeighbours } from './neighbours/neighbours.js';
export { ScBreakdown } from './breakdown/breakdown.js';
