/**
 * @scorecard-kit/map: the locality comparison map. Importing this module registers nothing;
 * import `@scorecard-kit/map/sc-locality-map.js` to define `<sc-locality-map>`.
 */
export { ScLocalityMap } from './locality-map/locality-map.js';
export { readShapes, mergeShapes, BoundaryError, type Shape, type ShapeSet } from './geometry/shapes.js';
export { project, type Drawing, type Drawn } from './geometry/project.js';
export { placeLabels } from './geometry/labels.js';
export { nearestInHeading, type Heading } from './geometry/nearest.js';
export { mapModel, boundaryFor, shapesForAreas, type MapModel } from './model/map-model.js';
