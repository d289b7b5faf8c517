/**
 * How a status is shown: a tone (colour family) and an icon, always next to its words, so that
 * colour never carries meaning alone. Missing data has its own tone and icon everywhere.
 */
import { INDICATOR_STATUS_LABEL, ROLLUP_STATUS_LABEL, type IndicatorStatus, type RollUpStatus } from './assessment.ts';

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
