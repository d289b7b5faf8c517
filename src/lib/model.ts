/**
 * The shapes the rest of the code works with once files are read and validated.
 * Front-matter shapes are derived from the zod schemas in `schemas/`; these are the data shapes.
 */
import type { PeriodKind } from './period.ts';

/** Kolada's gender codes: T total, K women (kvinnor), M men (män). */
export type Gender = 'T' | 'K' | 'M';

export const GENDER_LABEL: Record<Gender, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

/** The gender codes in the order tables, charts and files list them: total first. */
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

/** One row of an indicator's data file. */
export interface Observation {
  /** Canonical period text (`2023`, `2023-T2`, `2023-04`). */
  period: string;
  /** METHOD.md step 1: the period as a number of years. */
  time: number;
  gender: Gender;
  /** null when the file says `..` or leaves the cell empty: missing, never zero. */
  value: number | null;
  /** Free text shown with the value. */
  note?: string;
  /** Line in the CSV file (1-based, header is line 1). */
  line: number;
}

/** An indicator's data file, read and checked. */
export interface Series {
  id: string;
  /** The single period kind of the file; null for a file with no rows. */
  kind: PeriodKind | null;
  observations: Observation[];
}

export type Direction = 'increase' | 'decrease';

/** The target value (målvärde) in the form the method uses. */
export interface Target {
  value: number;
  year: number;
}
