/**
 * Worked examples for /metod/, computed by the same code that assesses the real indicators, so
 * the page shows what the method actually does. The series are made up for teaching and are
 * presented as such.
 */
import { assessIndicator, rollUp, type IndicatorAssessment, type IndicatorStatus } from '../lib/assessment.ts';
import type { Direction, Observation, Target } from '../lib/model.ts';
import { parsePeriod, type Period } from '../lib/period.ts';

export interface WorkedExample {
  title: string;
  /** The unit the values are in, as in an indicator's `unit`. */
  unit: string;
  story: string;
  values: { period: Period; value: number | null }[];
  direction: Direction;
  target: Target | null;
  referenceTime: number;
  assessment: IndicatorAssessment;
}

function example(title: string, unit: string, story: string, values: [string, number | null][], direction: Direction, target: Target | null, referenceTime: number): WorkedExample {
  const periods = values.map(([text]) => {
    const p = parsePeriod(text);
    if (!p) throw new Error(`A worked example has no period "${text}".`);
    return p;
  });
  const observations: Observation[] = values.map(([, value], i) => ({ period: periods[i]!, gender: 'T', value, line: i + 2 }));
  return {
    title,
    unit,
    story,
    values: values.map(([, value], i) => ({ period: periods[i]!, value })),
    direction,
    target,
    referenceTime,
    assessment: assessIndicator({ observations, direction, target }, referenceTime),
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
    2023,
  ),
  example(
    'Ett udda år påverkar inte trenden',
    'procent',
    'Samma slags serie men med ett ovanligt lågt värde 2021. Den robusta trendlinjen bryr sig inte om ett enstaka udda år.',
    [['2018', 62], ['2019', 64], ['2020', 65], ['2021', 40], ['2022', 69], ['2023', 71]],
    'increase',
    { value: 75, year: 2026 },
    2023,
  ),
  example(
    'Lägre är bättre, utan målvärde',
    'antal',
    'Ett antal som ska minska. Utan målvärde bedöms bara riktningen: minskar det med minst 1 procent per år räknas det som en förbättring.',
    [['2019', 120], ['2020', 118], ['2021', 110], ['2022', 104], ['2023', 101]],
    'decrease',
    null,
    2023,
  ),
  example(
    'För gamla värden',
    'procent',
    'Det senaste värdet är från 2018 och uppföljningen gäller 2023. Då säger värdena inte längre något om läget.',
    [['2015', 30], ['2016', 32], ['2017', 33], ['2018', 35]],
    'increase',
    null,
    2023,
  ),
];

/** A roll-up example: eight indicators, two without data. */
export const ROLLUP_EXAMPLE_STATUSES: IndicatorStatus[] = ['met', 'on-track', 'improving', 'too-slow', 'stable', 'worsening', 'insufficient-data', 'insufficient-data'];
export const ROLLUP_EXAMPLE = rollUp(ROLLUP_EXAMPLE_STATUSES);
