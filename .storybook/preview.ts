import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '../packages/scorecard-kit/custom-elements.json';
import '../packages/scorecard-kit/themes/council.css';
import '../packages/scorecard-kit/themes/dark.css';
import './host-page.css';

// Argument tables and docs come from the manifest the analyzer writes from the classes' JSDoc.
setCustomElementsManifest(manifest);

const THEMES = ['default', 'council', 'dark'] as const;

/** The toolbar's theme, as a page would set it: one class on `<html>`, the kit's theme files doing the rest. */
const withTheme: Decorator = (story, context) => {
  const theme = THEMES.find((t) => t === context.globals['theme']) ?? 'default';
  for (const t of THEMES) document.documentElement.classList.toggle(`sc-theme-${t}`, t === theme && t !== 'default');
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'The theme the widgets are shown in: the kit’s default, a council brand set by tokens, or dark mode',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (GOV.UK-like)' },
          { value: 'council', title: 'Council brand (tokens only)' },
          { value: 'dark', title: 'Dark mode' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
