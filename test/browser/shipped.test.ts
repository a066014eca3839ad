// Each browser test runs twice: on the TypeScript sources, and on the code as the bundle compiles
// and minifies it (web-test-runner.shipped.config.mjs). This checks each run is the one it says.
import { expect } from '@open-wc/testing';
import { ScIndicatorTile } from '../../packages/tiles/src/indicator-tile/indicator-tile.js';

const shipped = (window as { scShippedCode?: boolean }).scShippedCode === true;

describe(`the elements' code (${shipped ? 'as shipped' : 'from the sources'})`, () => {
  it(shipped ? "declares Lit's properties in a static table, as the bundle does" : "declares Lit's properties with the standard decorators", () => {
    // The bundle's compile step turns `@property() accessor indicator` into `static properties`.
    expect(Object.hasOwn(ScIndicatorTile, 'properties'), 'a static properties table').to.equal(shipped);
  });
});
