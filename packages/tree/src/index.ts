/**
 * @scorecard-kit/tree: the priority / outcome tree. Importing this module registers nothing;
 * import `@scorecard-kit/tree/sc-outcome-tree.js` to define `<sc-outcome-tree>`.
 */
export { ScOutcomeTree } from './outcome-tree/outcome-tree.js';
export { buildTree, visibleItems, filterTree, ancestors, typeAhead, type TreeItem } from './model/tree-model.js';
