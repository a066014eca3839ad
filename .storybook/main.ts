import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The stories load the same example feeds as the tests.
  staticDirs: [
    { from: '../test/fixtures/feeds', to: '/fixtures' },
    { from: '../docs/feeds', to: '/feeds' },
    { from: '../docs/geo', to: '/geo' },
  ],
  core: { disableTelemetry: true, enableCrashReports: false },
  // The stories load the packages as built (`npm run build`), decorators already compiled by tsc:
  // Vite's own TypeScript transform does not lower standard decorators.
};
export default config;
