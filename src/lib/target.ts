/**
 * The two kinds of target value, in words: a *målvärde* that politicians decided, and a
 * *referensvärde*, a national, regional or local goal that the experts in the administrations
 * link an indicator to (the memo on the ambition level, 2022). The method treats both alike;
 * residents must still be able to tell which one a line or a number is, so every page, chart and
 * sentence names it with these words.
 */
import type { TargetMeta } from './schemas/indicator.ts';

export type TargetKind = TargetMeta['kind'];

export interface TargetWords {
  /** "Målvärde", "Referensvärde": a label, a column, a legend entry. */
  label: string;
  /** "målvärde", "referensvärde": inside a sentence. */
  noun: string;
  /** "målvärdet", "referensvärdet". */
  definite: string;
}

export const TARGET_WORDS: Readonly<Record<TargetKind, TargetWords>> = {
  political: { label: 'Målvärde', noun: 'målvärde', definite: 'målvärdet' },
  reference: { label: 'Referensvärde', noun: 'referensvärde', definite: 'referensvärdet' },
};

/** The words for a target of `kind`; a target that does not say is a political målvärde. */
export const targetWords = (kind: TargetKind | undefined): TargetWords => TARGET_WORDS[kind ?? 'political'];
