/**
 * How a status is shown: a tone (colour family) and an icon, always next to its words, so that
 * colour never carries meaning alone. Missing data has its own tone and icon everywhere.
 */
import { INDICATOR_STATUS_LABEL, METHOD, ROLLUP_STATUS_LABEL, type IndicatorStatus, type RollUpStatus } from './assessment.ts';

export type Tone = 'good' | 'mid' | 'bad' | 'none';
export type AnyStatus = IndicatorStatus | RollUpStatus;

const TONE: Record<AnyStatus, Tone> = {
  met: 'good',
  'on-track': 'good',
  improving: 'good',
  fulfilled: 'good',
  'too-slow': 'mid',
  stable: 'mid',
  'partly-fulfilled': 'mid',
  'wrong-direction': 'bad',
  worsening: 'bad',
  missed: 'bad',
  'not-fulfilled': 'bad',
  'insufficient-data': 'none',
};

export const toneOf = (s: AnyStatus): Tone => TONE[s];

export function statusLabel(s: AnyStatus): string {
  return s in INDICATOR_STATUS_LABEL ? INDICATOR_STATUS_LABEL[s as IndicatorStatus] : ROLLUP_STATUS_LABEL[s as RollUpStatus];
}

/**
 * How a status moved between two follow-ups: `better` or `worse` when both can be ranked, `same`
 * when it is the same status, `changed` when one of them is "Underlag saknas" (missing data is
 * neither better nor worse than a result, so it is never shown as a fall or a rise).
 */
export type StatusMove = 'better' | 'worse' | 'same' | 'changed';

/** Goal assessments ranked; "Underlag saknas" has no rank. */
const ROLLUP_RANK: Record<RollUpStatus, number | null> = { fulfilled: 2, 'partly-fulfilled': 1, 'not-fulfilled': 0, 'insufficient-data': null };

/** Indicator statuses ranked by the method's scores, so the ranking never drifts from the roll-up. */
function rankOf(s: AnyStatus): number | null {
  if (s in ROLLUP_RANK) return ROLLUP_RANK[s as RollUpStatus];
  return s === 'insufficient-data' ? null : METHOD.scores[s as Exclude<IndicatorStatus, 'insufficient-data'>];
}

/** The move from `from` to `to`, both goal assessments or both indicator statuses. */
export function statusMove(from: AnyStatus, to: AnyStatus): StatusMove {
  if (from === to) return 'same';
  const a = rankOf(from);
  const b = rankOf(to);
  if (a === null || b === null || a === b) return 'changed';
  return b > a ? 'better' : 'worse';
}
