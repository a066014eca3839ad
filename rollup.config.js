import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The single-file bundle: every element with Lit and the d3 modules it uses, built from the
 * compiled umbrella package (run `tsc -b tsconfig.build.json` first; `npm run build` does).
 * It is written beside the package and into the demo site.
 */
export default {
  input: 'packages/scorecard-kit/dist/index.js',
  output: [
    { file: 'packages/scorecard-kit/dist/scorecard-kit.min.js', format: 'es', sourcemap: true },
    { file: 'docs/dist/scorecard-kit.min.js', format: 'es', sourcemap: true },
  ],
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
