// Lists what each <sc-feed> on the page holds once it loads. Plain DOM (textContent only, no
// markup from the feed), so it runs under the site's strict Content Security Policy.
function item(dl, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  if (value instanceof Node) dd.append(value);
  else dd.textContent = value;
  dl.append(dt, dd);
}

function list(items, label) {
  const ul = document.createElement('ul');
  ul.className = 'summary-list';
  // It scrolls, so keyboard users must be able to reach it.
  ul.tabIndex = 0;
  ul.setAttribute('aria-label', label);
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    ul.append(li);
  }
  return ul;
}

function countNodes(nodes) {
  return nodes.reduce((n, node) => n + 1 + countNodes(node.children), 0);
}

function summarise(target, feed, warnings) {
  const host = target.closest('.feed-card')?.querySelector('.feed-summary');
  if (!host) return;
  const dl = document.createElement('dl');
  dl.className = 'summary';
  item(dl, 'Title', feed.title);
  item(dl, 'Authority', `${feed.authority.name}${feed.authority.code ? ` (${feed.authority.code})` : ''}`);
  item(dl, 'Periods', feed.periods.length ? `${feed.periods.length}: ${feed.periods[0].label} to ${feed.periods.at(-1).label}` : 'none');
  item(dl, 'Comparators', [...feed.comparators.values()].map((c) => c.name).join(', ') || 'none');
  item(dl, 'Localities', [...feed.localities.values()].map((l) => l.name).join(', ') || 'none');
  item(
    dl,
    `Indicators (${feed.indicators.size})`,
    list(
      [...feed.indicators.values()].map((i) => i.title),
      `Indicators of ${feed.title}`,
    ),
  );
  item(dl, 'Framework nodes', String(countNodes(feed.framework)));
  item(dl, 'QA questions', String(feed.questions.size));
  item(dl, 'Checklists', [...feed.checklists.values()].map((c) => c.title).join(', ') || 'none');
  item(
    dl,
    'Warnings',
    warnings.length
      ? list(
          warnings.map((w) => `${w.path}: ${w.message}`),
          `Warnings of ${feed.title}`,
        )
      : 'none',
  );
  host.replaceChildren(dl);
}

document.addEventListener('sc-feed-load', (event) => summarise(event.target, event.detail.feed, event.detail.warnings));
// A feed that loaded before this script ran (a fast or cached file) is summarised now.
for (const el of document.querySelectorAll('sc-feed')) {
  if (el.loadState?.status === 'ready') summarise(el, el.loadState.feed, el.loadState.warnings ?? []);
}
