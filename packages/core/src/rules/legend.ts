import type { Movement, Judgement } from './direction.js';
import { directionOfTravel } from './direction.js';
import { ragStatus } from './rag.js';
import { MARK_WORDS } from './format.js';
import { polarityLabel } from './polarity.js';
import { quickParse } from '../feed/quick.js';
import type { Mark, Polarity, RagStatus } from '../feed/types.js';

export interface LegendArrow {
  polarity: Polarity;
  movement: Movement;
  judgement: Judgement | null;
  /** What the tiles print beside this arrow: "Improved", "Up". */
  label: string;
}

export interface LegendKey {
  polarities: { polarity: Polarity; code: string; words: string }[];
  arrows: LegendArrow[];
  rag: { status: RagStatus; reason: string }[];
  marks: { mark: Mark; words: string }[];
}

const CASES: [Polarity, Movement, number, number][] = [
  ['bigger-is-better', 'up', 1, 2],
  ['bigger-is-better', 'level', 1, 1],
  ['bigger-is-better', 'down', 2, 1],
  ['smaller-is-better', 'down', 2, 1],
  ['smaller-is-better', 'level', 1, 1],
  ['smaller-is-better', 'up', 1, 2],
  ['none', 'up', 1, 2],
  ['none', 'level', 1, 1],
  ['none', 'down', 2, 1],
];

/**
 * The key to the tiles, worked out by the same rules the tiles use: each arrow's meaning is what
 * `directionOfTravel` says of a pair of figures moving that way, and each RAG line is what
 * `ragStatus` says of a figure on that side of a target. So the legend cannot disagree with a tile.
 */
export function legendKey(): LegendKey {
  const periods = [
    { id: 'a', label: 'A', end: '2001-03-31', kind: 'financial-year' },
    { id: 'b', label: 'B', end: '2002-03-31', kind: 'financial-year' },
  ];
  const indicator = (id: string, polarity: Polarity, values: number[], extra: object = {}) => ({
    id,
    title: id,
    measure: 'how-well',
    unit: 'count',
    polarity,
    values,
    ...extra,
  });
  const target = { targets: [{ id: 't', label: 'Target', kind: 'minimum-standard', value: 10 }], rag: { target: 't', tolerance: 2 } };
  const feed = quickParse({
    version: '1.0',
    title: 'legend',
    authority: { name: 'legend' },
    periods,
    indicators: [
      ...CASES.map(([p, m, a, b]) => indicator(`${p}-${m}`, p, [a, b])),
      indicator('green', 'bigger-is-better', [0, 11], target),
      indicator('amber', 'bigger-is-better', [0, 9], target),
      indicator('red', 'bigger-is-better', [0, 5], target),
    ],
  });
  const arrows = CASES.map(([polarity, movement]) => {
    const d = directionOfTravel(feed!.indicators.get(`${polarity}-${movement}`)!, feed!.periods);
    return { polarity, movement: d.movement!, judgement: d.judgement, label: d.label };
  });
  const rag = (['green', 'amber', 'red'] as const).map((id) => {
    const ind = feed!.indicators.get(id)!;
    const r = ragStatus(ind, feed!.periods, ind.values.latest());
    return { status: r.status!, reason: r.reason.replace(/ of 10( by [^,]+)?/, '').replace(/ within the tolerance of 2$/, ' within its tolerance') };
  });
  return {
    polarities: (['bigger-is-better', 'smaller-is-better'] as const).map((p) => ({ polarity: p, ...polarityLabel(p) })),
    arrows,
    rag,
    marks: (Object.keys(MARK_WORDS) as Mark[]).map((mark) => ({ mark, words: MARK_WORDS[mark] })),
  };
}
