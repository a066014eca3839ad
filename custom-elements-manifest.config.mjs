// The analyzer config each package's custom-elements.json is made with (scripts/manifest.mjs).
// Elements are registered through defineElement() (which warns rather than throws when a second
// copy of the kit is on the page), so the analyzer cannot see which tag goes with which class:
// each class says it with `@tagname`, and this plugin writes the definitions from that.
const definitions = {
  name: 'scorecard-kit-definitions',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.exports = (mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'));
      for (const decl of mod.declarations ?? []) {
        if (decl.customElement && decl.tagName && !mod.exports.some((e) => e.name === decl.tagName)) {
          mod.exports.push({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } });
        }
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [definitions],
};
