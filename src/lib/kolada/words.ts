/**
 * The import's summary in Swedish: for each file, how many values are new, changed and removed
 * ("3 nya värden, 1 ändrat, 0 borttagna"), then each change and removal by itself, so that the
 * person who approves the import sees every figure that is not simply new.
 */
import { plainNumber } from '../export/csv.ts';
import type { ValueChange } from './merge.ts';

/** A value as the summary writes it: exact, with a decimal comma; `..` when missing. */
export const valueWords = (v: number | null | undefined) => (v === null || v === undefined ? '..' : plainNumber(v).replace('.', ','));

/** "1 nytt värde" / "3 nya värden", "1 ändrat" / "2 ändrade", "1 borttaget" / "0 borttagna". */
export function countsLine(c: { added: number; changed: number; removed: number }): string {
  return [
    `${c.added} ${c.added === 1 ? 'nytt värde' : 'nya värden'}`,
    `${c.changed} ${c.changed === 1 ? 'ändrat' : 'ändrade'}`,
    `${c.removed} ${c.removed === 1 ? 'borttaget' : 'borttagna'}`,
  ].join(', ');
}

/** Where a value belongs: "2024 T", or "2024 Riket (0000) T" for a comparison area. */
function place(c: ValueChange, areaName: (id: string) => string | undefined): string {
  const area = c.area === undefined ? '' : ` ${areaName(c.area) ? `${areaName(c.area)} (${c.area})` : c.area}`;
  return `${c.period.key}${area} ${c.gender}`;
}

/** The periods of new values: "2024, 2025", or "2010–2025 (16 perioder)" when there are many. */
export function periodsWords(changes: readonly ValueChange[]): string {
  const keys = [...new Map(changes.map((c) => [c.period.key, c.period])).values()].sort((a, b) => a.time - b.time).map((p) => p.key);
  return keys.length <= 6 ? keys.join(', ') : `${keys[0]}–${keys.at(-1)} (${keys.length} perioder)`;
}

/** One line per changed and removed value, each indented under its file's line. */
export function detailLines(r: { added: readonly ValueChange[]; changed: readonly ValueChange[]; removed: readonly ValueChange[] }, areaName: (id: string) => string | undefined, listRemoved: boolean): string[] {
  return [
    ...(r.added.length ? [`    nya värden för ${periodsWords(r.added)}`] : []),
    ...r.changed.map((c) => `    ändrat: ${place(c, areaName)} ${valueWords(c.from)} → ${valueWords(c.to)}`),
    ...(listRemoved ? r.removed.map((c) => `    borttaget: ${place(c, areaName)} ${valueWords(c.from)}`) : []),
  ];
}
