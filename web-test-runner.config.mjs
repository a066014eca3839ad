import { esbuildPlugin } from '@web/dev-server-esbuild';

import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/browser.mjs';
import { crossOriginFeeds } from './test/cross-origin.mjs';
import { reactAsEsm } from './test/react-esm.mjs';
import { feedRoutes, missingModules } from './test/server.mjs';

const executablePath = chromiumPath();

/** Browser tests: every element, in Debian's Chromium, straight from the TypeScript sources. */
export default {
  files: [
    'packages/core/src/elements/**/*.test.ts',
    'packages/*/src/*/*.test.ts',
    'packages/react/src/*.test.ts',
    '!packages/*/src/{feed,rules,geometry,model}/*.test.ts',
    'test/browser/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [reactAsEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), crossOriginFeeds()],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, args: CHROMIUM_ARGS, headless: true } })],
  // Lit's one-off "dev mode" notice is expected; every other console warning fails the test (test/browser/console-guard.ts).
  testRunnerHtml: (framework) => `<!doctype html><html lang="en"><head><title>Scorecard Kit tests</title></head><body>
    <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="${framework}"></script></body></html>`,
  middleware: [feedRoutes, missingModules],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs: ({ type }) => type === 'error' || type === 'warn',
  testsFinishTimeout: 5 * 60 * 1000,
};
