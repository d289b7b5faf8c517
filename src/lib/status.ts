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

/** Icon paths in a 16×16 box: check, half-filled circle, cross, question mark. */
export const TONE_ICON: Record<Tone, string> = {
  good: '<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.3l2.2 2.2 4.8-5" fill="none" stroke="var(--bg, #fff)" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
  mid: '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor"/>',
  bad: '<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="var(--bg, #fff)" stroke-width="2" stroke-linecap="round"/>',
  none: '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2.5 2"/><path d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.6" r=".9" fill="currentColor"/>',
};
