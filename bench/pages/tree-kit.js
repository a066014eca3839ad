// A framework of about 2,000 nodes and 6,000 indicators in <sc-outcome-tree>: the first render
// after the feed is ready, then expanding and collapsing a node and typing in the filter, each
// timed to the next frame. With `diagramDepth`, only the first render of the diagram layout with
// nodes expanded to that depth.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.runBench = async (feedUrl, diagramDepth) => {
  const { firstFrame, toNextFrame } = await import('./frame.js');
  const data = await (await fetch(feedUrl)).json();
  await customElements.whenDefined('sc-outcome-tree');
  const host = document.querySelector('sc-feed');
  const tree = document.querySelector('sc-outcome-tree');
  if (diagramDepth) {
    // The diagram's layout is a file of its own, loaded the first time a tree is drawn as a
    // diagram: a one-node tree loads it before the clock starts, so that only drawing is timed.
    const warm = document.createElement('sc-outcome-tree');
    warm.layout = 'diagram';
    warm.feed = { ...data, framework: [{ id: 'warm-up', title: 'Warm-up', kind: 'priority' }] };
    document.body.append(warm);
    await warm.drawComplete;
    warm.remove();
    tree.layout = 'diagram';
    tree.expandDepth = diagramDepth;
  }
  let t0 = 0;
  host.addEventListener('sc-feed-load', () => (t0 = performance.now()), { once: true });
  const first = firstFrame(host, async () => {
    await tree.updateComplete;
    if (!tree.shadowRoot.querySelector('[role="treeitem"]')) throw new Error('the first update drew no rows');
  });
  host.feed = data;
  const render = await first;
  performance.mark('bench:render:end');
  // A big tree draws its first screen at once and the rest over the next frames.
  await tree.drawComplete;
  await frame();
  const complete = performance.now() - t0;
  const items = tree.shadowRoot.querySelectorAll('[role="treeitem"]').length;
  if (!items) throw new Error('the tree drew nothing');
  if (diagramDepth) return { render, complete, boxes: items };

  const key = (li, k) => li.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  const timed = async (name, act) => {
    performance.mark(`bench:${name}:start`);
    const took = await toNextFrame(() => {
      act();
      return tree.updateComplete;
    });
    performance.mark(`bench:${name}:end`);
    return took;
  };
  const node = tree.shadowRoot.querySelector('[data-key="n1"]');
  node.focus();
  const expand = await timed('expand', () => key(node, 'ArrowRight'));
  const collapse = await timed('collapse', () => key(tree.shadowRoot.querySelector('[data-key="n1"]'), 'ArrowLeft'));
  const input = tree.shadowRoot.querySelector('input');
  // As a reader types in the box: the focus is there, not on the row it was on.
  input.focus();
  const filter = await timed('filter', () => {
    input.value = 'Node 1234';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  return { render, complete, expand, collapse, filter, items };
};
