/** The HTML-escaped text, for a council's name in the page. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page's own look: a readable column, the widgets doing the rest. Served beside it (no inline style under the policy). */
export const STARTER_CSS = `body {
  max-width: 72rem;
  margin: 0 auto;
  padding: 1rem;
  font-family: system-ui, -apple-system, 'Segoe UI', Arial, sans-serif;
  line-height: 1.5;
}
section {
  margin-top: 2rem;
}
footer {
  margin-top: 3rem;
  font-size: 0.875rem;
}
`;

/**
 * The starter's page: the council's headline figures as tiles with the key, the national map,
 * the ranked neighbours chart and the table, from the feed beside it, under a Content Security
 * Policy that allows only the page's own files (no inline script or style).
 */
export function starterPage(o: {
  name: string;
  feed: string;
  script: string;
  css: string;
  firstIndicator: string;
  /** The feed's framework headings, each a section of tiles. */
  headings: { id: string; title: string }[];
}): string {
  const name = esc(o.name);
  const groups = o.headings
    .map(
      (h) => `          <h3>${esc(h.title)}</h3>
          <sc-tile-grid node="${esc(h.id)}" hide-groups hide-controls heading-level="4"></sc-tile-grid>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'" />
    <link rel="icon" href="data:," />
    <title>${name}: children's services in public figures</title>
    <link rel="stylesheet" href="${esc(o.css)}" />
    <script type="module" src="${esc(o.script)}"></script>
  </head>
  <body>
    <header>
      <h1>${name}: children's services in public figures</h1>
      <p>${name}'s latest published figures beside England, its region and its ten statistical neighbours (the councils most like it, in the Department for Education's model). Choose a figure to see it on the map of England.</p>
    </header>
    <main>
      <sc-feed src="${esc(o.feed)}">
        <section aria-labelledby="figures">
          <h2 id="figures">The figures</h2>
${groups}
          <sc-legend heading-level="3"></sc-legend>
        </section>
        <section aria-labelledby="map">
          <h2 id="map">Every council in England</h2>
          <sc-locality-map level="authority" heading-level="3"></sc-locality-map>
        </section>
        <section aria-labelledby="neighbours">
          <h2 id="neighbours">Among its statistical neighbours</h2>
          <sc-neighbours indicator="${esc(o.firstIndicator)}"></sc-neighbours>
        </section>
        <section aria-labelledby="table">
          <h2 id="table">All the figures in a table</h2>
          <sc-scorecard-table heading-level="3"></sc-scorecard-table>
        </section>
      </sc-feed>
    </main>
    <footer>
      <p>Figures: Department for Education, Local Authority Interactive Tool (LAIT), as published; contains public sector information licensed under the Open Government Licence v3.0. Made with Scorecard Kit's starter.</p>
    </footer>
  </body>
</html>
`;
}
