// The peer for the outcome tree's diagram layout: the same visible items (framework nodes to the
// same depth, their "How much / How well / So what" and QA groups) placed by d3.tree and drawn with
// d3-selection joins, boxes as absolutely placed HTML over SVG links, as the kit draws them. Timed
// from the data being ready to the next frame.
/* global d3 */
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const GROUPS = { 'how-much': 'How much?', 'how-well': 'How well?', 'so-what': 'So what?' };
const BOX = { w: 240, h: 64, gx: 48, gy: 12 };

window.runBench = async (feedUrl, depth) => {
  const data = await (await fetch(feedUrl)).json();
  const t0 = performance.now();
  const measure = new Map(data.indicators.map((i) => [i.id, i.measure]));
  const item = (node, level) => {
    const children = [];
    if (level <= depth) {
      for (const c of node.children ?? []) children.push(item(c, level + 1));
      for (const m of Object.keys(GROUPS)) {
        const n = (node.indicators ?? []).filter((id) => measure.get(id) === m).length;
        if (n) children.push({ title: `${GROUPS[m]} (${n})`, kind: 'group', children: [] });
      }
      if (node.questions?.length) children.push({ title: `QA questions (${node.questions.length})`, kind: 'group', children: [] });
    }
    return { title: node.title, kind: node.kind, children };
  };
  const root = d3.hierarchy({ children: data.framework.map((n) => item(n, 1)) });
  d3.tree().nodeSize([BOX.h + BOX.gy, BOX.w + BOX.gx])(root);
  const nodes = root.descendants().filter((n) => n.depth > 0);
  const top = d3.min(nodes, (n) => n.x);
  const px = (n) => n.y - (BOX.w + BOX.gx);
  const py = (n) => n.x - top;
  const width = d3.max(nodes, px) + BOX.w;
  const height = d3.max(nodes, py) + BOX.h;
  const diagram = d3.select('.diagram').style('width', `${width}px`).style('height', `${height}px`);
  const link = d3
    .linkHorizontal()
    .x((p) => p.x)
    .y((p) => p.y);
  diagram
    .select('svg')
    .attr('width', width)
    .attr('height', height)
    .selectAll('path')
    .data(nodes.filter((n) => n.parent.depth > 0))
    .join('path')
    .attr('d', (n) => link({ source: { x: px(n.parent) + BOX.w, y: py(n.parent) + BOX.h / 2 }, target: { x: px(n), y: py(n) + BOX.h / 2 } }));
  diagram
    .selectAll('div.box')
    .data(nodes)
    .join((enter) => {
      const box = enter.append('div').attr('class', 'box');
      box.append('span').attr('class', 'label');
      box.append('span').attr('class', 'kind');
      return box;
    })
    .style('left', (n) => `${px(n)}px`)
    .style('top', (n) => `${py(n)}px`)
    .call((box) => box.select('.label').text((n) => n.data.title))
    .call((box) => box.select('.kind').text((n) => n.data.kind));
  await frame();
  return { render: performance.now() - t0, boxes: nodes.length };
};
