/** A large, valid feed for benchmarks: `areas` localities × `indicators` × `periods`, compact series. */
export function generateFeed(areas: number, indicators: number, periods: number, seed = 1): object {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const ps = Array.from({ length: periods }, (_, i) => ({
    id: `p${i}`,
    label: `Q${(i % 4) + 1} ${2010 + Math.floor(i / 4)}`,
    end: `${2010 + Math.floor(i / 4)}-${String((i % 4) * 3 + 3).padStart(2, '0')}-${(i % 4) * 3 + 3 === 6 || (i % 4) * 3 + 3 === 9 ? 30 : 31}`,
    kind: 'quarter',
  }));
  const localities = Array.from({ length: areas }, (_, i) => ({ id: `a${i}`, name: `Area ${i}` }));
  const series = () => Array.from({ length: periods }, () => (rand() < 0.02 ? null : Math.round(rand() * 1000) / 10));
  return {
    version: '1.0',
    title: 'Benchmark feed',
    authority: { name: 'Benchmark', code: 'E08000030' },
    periods: ps,
    comparators: [{ id: 'england', name: 'England', kind: 'england' }],
    localities,
    indicators: Array.from({ length: indicators }, (_, i) => ({
      id: `i${i}`,
      title: `Indicator ${i}`,
      measure: ['how-much', 'how-well', 'so-what'][i % 3],
      unit: 'percent',
      polarity: i % 2 ? 'bigger-is-better' : 'smaller-is-better',
      values: series(),
      comparators: { england: series() },
      localities: Object.fromEntries(localities.map((l) => [l.id, series()])),
    })),
  };
}

/** A framework of about `nodes` nodes in three levels, naming `leaves` indicators between them. */
export function generateFramework(nodes: number, leaves: number, seed = 3): object {
  let s = seed;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const periods = ['2021', '2022', '2023', '2024'].map((y) => ({ id: `y${y}`, label: y, end: `${y}-03-31`, kind: 'financial-year' }));
  const indicators = Array.from({ length: leaves }, (_, i) => ({
    id: `i${i}`,
    title: `Indicator ${i}`,
    measure: ['how-much', 'how-well', 'so-what'][i % 3],
    unit: 'percent',
    polarity: ['bigger-is-better', 'smaller-is-better', 'none'][i % 3],
    values: periods.map(() => Math.round(rand() * 1000) / 10),
  }));
  const roots = Math.max(1, Math.round(nodes / 101));
  let n = 0;
  let leaf = 0;
  const per = leaves / nodes;
  const node = (level: number, width: number): object => {
    const id = `n${n++}`;
    const take = Math.round(per * (n + 1)) - Math.round(per * n);
    const refs = Array.from({ length: take }, () => `i${leaf++ % leaves}`);
    return {
      id,
      title: `Node ${id.slice(1)} (level ${level})`,
      kind: ['priority', 'outcome', 'sub-outcome'][level - 1],
      indicators: refs,
      children: level < 3 ? Array.from({ length: width }, () => node(level + 1, 10)) : [],
    };
  };
  const framework = Array.from({ length: roots }, () => node(1, 10));
  return { version: '1.0', title: 'Large framework', authority: { name: 'Bench' }, periods, indicators, framework };
}
