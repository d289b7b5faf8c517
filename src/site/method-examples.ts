/**
 * Worked examples for /metod/, computed by the same code that assesses the real indicators, so
 * the page shows what the method actually does. The series are made up for teaching and are
 * presented as such.
 */
import { assessIndicator, rollUp, type IndicatorAssessment, type IndicatorStatus } from '../lib/assessment.ts';
import type { Direction, Observation, Target } from '../lib/model.ts';
import { parsePeriod, periodLabel, type Period } from '../lib/period.ts';

export interface WorkedExample {
  title: string;
  /** The unit the values are in, as in an indicator's `unit`. */
  unit: string;
  story: string;
  values: { period: Period; value: number | null }[];
  direction: Direction;
  target: Target | null;
  /** The follow-up's period, in words: "2023", "tertial 2 2026". */
  referenceLabel: string;
  assessment: IndicatorAssessment;
}

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new Error(`A worked example has no period "${text}".`);
  return p;
}

/** `reference` is the period of the follow-up the example is assessed at: `2023`, `2026-T2`. */
function example(title: string, unit: string, story: string, values: [string, number | null][], direction: Direction, target: Target | null, reference: string): WorkedExample {
  const periods = values.map(([text]) => period(text));
  const ref = period(reference);
  const observations: Observation[] = values.map(([, value], i) => ({ period: periods[i]!, gender: 'T', value, line: i + 2 }));
  return {
    title,
    unit,
    story,
    values: values.map(([, value], i) => ({ period: periods[i]!, value })),
    direction,
    target,
    referenceLabel: periodLabel(ref),
    assessment: assessIndicator({ observations, direction, target }, ref.time),
  };
}

export const WORKED_EXAMPLES: WorkedExample[] = [
  example(
    'En andel som ökar mot ett målvärde',
    'procent',
    'Andelen ska öka till 75 procent år 2026. Värdet 2020 saknas (en enkät gjordes inte), och det påverkar inte bedömningen.',
    [['2018', 62], ['2019', 64], ['2020', null], ['2021', 66], ['2022', 69], ['2023', 71]],
    'increase',
    { value: 75, year: 2026 },
    '2023',
  ),
  example(
    'Ett udda år påverkar inte trenden',
    'procent',
    'Samma slags serie men med ett ovanligt lågt värde 2021. Den robusta trendlinjen bryr sig inte om ett enstaka udda år.',
    [['2018', 62], ['2019', 64], ['2020', 65], ['2021', 40], ['2022', 69], ['2023', 71]],
    'increase',
    { value: 75, year: 2026 },
    '2023',
  ),
  example(
    'Lägre är bättre, utan målvärde',
    'antal',
    'Ett antal som ska minska. Utan målvärde bedöms bara riktningen: minskar det med minst 1 procent per år räknas det som en förbättring.',
    [['2019', 120], ['2020', 118], ['2021', 110], ['2022', 104], ['2023', 101]],
    'decrease',
    null,
    '2023',
  ),
  example(
    'Ett målår som har börjat',
    'procent',
    'Värdena mäts varje tertial, och målvärdet 78 procent ska nås år 2026. Vid tertial 2 2026 har målåret börjat men är inte slut: målet gäller årets sista tertial, tertial 3 2026, och trenden förlängs dit.',
    [['2024-T1', 70], ['2024-T2', 71], ['2024-T3', 72], ['2025-T1', 73], ['2025-T2', 74], ['2025-T3', 75], ['2026-T1', 76], ['2026-T2', 77]],
    'increase',
    { value: 78, year: 2026 },
    '2026-T2',
  ),
  example(
    'För gamla värden',
    'procent',
    'Det senaste värdet är från 2018 och uppföljningen gäller 2023. Då säger värdena inte längre något om läget.',
    [['2015', 30], ['2016', 32], ['2017', 33], ['2018', 35]],
    'increase',
    null,
    '2023',
  ),
];

/** A roll-up example: eight indicators, two without data. */
export const ROLLUP_EXAMPLE_STATUSES: IndicatorStatus[] = ['met', 'on-track', 'improving', 'too-slow', 'stable', 'worsening', 'insufficient-data', 'insufficient-data'];
export const ROLLUP_EXAMPLE = rollUp(ROLLUP_EXAMPLE_STATUSES);
