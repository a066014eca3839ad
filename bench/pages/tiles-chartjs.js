// The peer: the same cards (title, figure, direction word) with a Chart.js line chart as the
// sparkline, drawn without animation; timed from the data being ready to the first paint.
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.runBench = async (feedUrl) => {
  const data = await (await fetch(feedUrl)).json();
  const box = document.getElementById('cards');
  const t0 = performance.now();
  for (const ind of data.indicators) {
    const card = document.createElement('article');
    card.className = 'card';
    const values = ind.values;
    const last = values[values.length - 1];
    const prev = values[values.length - 2];
    const h = document.createElement('h3');
    h.textContent = ind.title;
    const v = document.createElement('p');
    v.textContent = `${last}% ${last > prev ? 'Up' : last < prev ? 'Down' : 'No change'}`;
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 40;
    card.append(h, v, canvas);
    box.append(card);
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.periods.map((p) => p.label), datasets: [{ data: values, borderColor: '#0b0c0c', borderWidth: 2, pointRadius: 2 }] },
      options: {
        animation: false,
        responsive: false,
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: { x: { display: false }, y: { display: false } },
      },
    });
  }
  await frame();
  return { render: performance.now() - t0 };
};
