/** A large, valid feed for benchmarks: `areas` localities × `indicators` × `periods`, compact series. */
export function generateFeed(areas: number, indicators: number, periods: number, seed = 1): object {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const ps = Array.from({ length: periods }, (_, i) => ({ id: `p${i}`, label: `Q${(i % 4) + 1} ${2010 + Math.floor(i / 4)}`, end: `${2010 + Math.floor(i / 4)}-${String((i % 4) * 3 + 3).padStart(2, '0')}-${(i % 4) * 3 + 3 === 6 || (i % 4) * 3 + 3 === 9 ? 30 : 31}`, kind: 'quarter' }));
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
