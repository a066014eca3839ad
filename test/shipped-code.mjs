// For the browser tests' second run (web-test-runner.shipped.config.mjs): the packages' sources
// served as the bundle compiles them, each module on its own. Lit's decorators become `static
// properties`, css and markup are tightened (scripts/bundle.mjs), and terser minifies them, so the
// element tests check the code that ships. The tests themselves are compiled by esbuild as in the
// first run. How the modules are then joined into files is left to the page proofs, which load
// the built files.
import { minify } from 'terser';
import { readFile } from 'node:fs/promises';
import { compileForBundle, TERSER } from '../scripts/bundle.mjs';

const SOURCE = /\/packages\/[^/]+\/src\/(?!.*\.(test|stories)\.ts$).*\.ts$/;

export function shippedCode() {
  return {
    name: 'shipped-code',
    async serve(context) {
      if (!SOURCE.test(context.path)) return undefined;
      const file = decodeURIComponent(context.path.slice(1));
      const { code } = compileForBundle(await readFile(file, 'utf8'), file);
      const min = await minify(code, TERSER);
      return { body: min.code, type: 'js' };
    },
  };
}
