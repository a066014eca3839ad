import base from './web-test-runner.config.mjs';
import { shippedCode } from './test/shipped-code.mjs';

/**
 * The browser tests once more, on the packages' code as the bundle compiles and minifies it
 * (test/shipped-code.mjs), with Lit's production build as the bundle has.
 */
export default {
  ...base,
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [shippedCode(), ...base.plugins],
  testRunnerHtml: (framework) => base.testRunnerHtml(framework).replace('<script>', '<script>window.scShippedCode = true; '),
};
