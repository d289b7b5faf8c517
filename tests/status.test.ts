import { describe, expect, test } from 'vitest';
import { statusMove } from '../src/lib/status.ts';

describe('statusMove: how a status moved between two follow-ups', () => {
  test.each([
    ['partly-fulfilled', 'fulfilled', 'better'],
    ['fulfilled', 'partly-fulfilled', 'worse'],
    ['not-fulfilled', 'fulfilled', 'better'],
    ['partly-fulfilled', 'partly-fulfilled', 'same'],
    // Missing data is neither better nor worse than a result, in either direction.
    ['insufficient-data', 'fulfilled', 'changed'],
    ['not-fulfilled', 'insufficient-data', 'changed'],
    ['insufficient-data', 'insufficient-data', 'same'],
    // Indicators are ranked by the method's scores: improving (2) above stable (1) above worsening (0).
    ['stable', 'improving', 'better'],
    ['on-track', 'too-slow', 'worse'],
    ['missed', 'met', 'better'],
    // Two statuses with the same score are a change, not a rise or a fall.
    ['improving', 'met', 'changed'],
    ['stable', 'insufficient-data', 'changed'],
  ] as const)('%s → %s is %s', (from, to, move) => {
    expect(statusMove(from, to)).toBe(move);
  });
});
