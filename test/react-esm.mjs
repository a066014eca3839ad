// React is published as CommonJS only, which a browser cannot import. For the React wrappers' test
// this web-test-runner plugin serves React, ReactDOM and react-dom/client as ES modules: one
// esbuild bundle of the three (so that there is one React, as hooks need), and a small module
// per name that re-exports its part of it as the default export, as bundlers and Node give it.
import { build } from 'esbuild';

const NAMES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const BUNDLE = '/__react/bundle.js';

export function reactAsEsm() {
  let bundle;
  const bundled = async () =>
    (bundle ??= build({
      stdin: {
        contents: Object.entries(NAMES)
          .map(([name, id]) => `import ${id} from '${name}'; export { ${id} };`)
          .join('\n'),
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0].text));
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      if (source in NAMES) return `/__react/${source}.js`;
      return undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await bundled(), type: 'js' };
      const name = context.path.startsWith('/__react/') ? context.path.slice('/__react/'.length, -'.js'.length) : undefined;
      if (name && name in NAMES) return { body: `export { ${NAMES[name]} as default } from '${BUNDLE}';`, type: 'js' };
      return undefined;
    },
  };
}
