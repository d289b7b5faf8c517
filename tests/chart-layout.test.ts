import { describe, expect, test } from 'vitest';
import type { ChartInput, ChartOptions, PlotLayout } from '../src/lib/chart/index.ts';
import { chartLayout, NON_ZERO_BASELINE_RATIO, rootFontSize, sparklineLayout, standaloneLayout } from '../src/lib/chart/index.ts';
import { xAxisTicks, yAxis } from '../src/lib/chart/axes.ts';
import { prepareChart, usualStep } from '../src/lib/chart/input.ts';
import type { Box } from '../src/lib/chart/boxes.ts';
import { overlaps, segmentBoxes } from '../src/lib/chart/boxes.ts';
import { stackLabels } from '../src/lib/chart/labels.ts';
import { base, CASES, COMPACT, get, N15428, N15428_COMPARED, N15428_FAR, N15428_LOW, NBSP, NNBSP, series } from './helpers/chart-cases.ts';

/** The plot of a chart that has values. */
function plot(input: ChartInput, options: ChartOptions = {}): PlotLayout {
  const p = chartLayout(input, options).plot;
  if (!p) throw new Error(`no plot for ${input.id}`);
  return p;
}

const tickValues = (p: PlotLayout) => p.yAxis.ticks.map((t) => t.value);
const xLabels = (p: PlotLayout) => p.xAxis.ticks.map((t) => t.label);
const mainSeries = (p: PlotLayout) => p.series.find((s) => s.emphasis === 'main')!;
const endLabel = (p: PlotLayout, text: string) => p.endLabels.find((l) => l.text === text);

/** A box around a text at (x, y) drawn from its left edge, with an estimate of width that does not use the module's own. */
function roughBox(x: number, y: number, text: string, size: number, emPerLetter: number): Box {
  return { x0: x - 2, x1: x + text.length * emPerLetter * size, y0: y - 0.6 * size, y1: y + 0.6 * size };
}

describe('the y axis', () => {
  test.each<[string, ChartOptions, [number, number], number[], string | null]>([
    ['typical-yearly', {}, [55, 80], [55, 60, 65, 70, 75, 80], 'Axeln börjar inte på noll'],
    ['gaps', {}, [0, 60], [0, 10, 20, 30, 40, 50, 60], null],
    ['gaps', COMPACT, [0, 60], [0, 20, 40, 60], null],
    ['negative', {}, [-2.5, 1.5], [-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5], null],
    ['zeros', {}, [0, 1], [0, 1], null],
    ['very-large', {}, [0, 1_400_000], [0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000, 1_400_000], null],
    ['tertial', {}, [0, 10], [0, 2, 4, 6, 8, 10], null],
    ['target-after-data', {}, [0, 8], [0, 1, 2, 3, 4, 5, 6, 7, 8], null],
    ['rank', {}, [10, 45], [10, 15, 20, 25, 30, 35, 40, 45], 'Plats 1 överst'],
    ['non-zero-baseline', {}, [80, 88], [80, 81, 82, 83, 84, 85, 86, 87, 88], 'Axeln börjar inte på noll'],
    ['non-zero-baseline', COMPACT, [80, 88], [80, 82, 84, 86, 88], 'Axeln börjar inte på noll'],
  ])('%s %o spans %o with ticks %o and the note %s', (name, options, domain, ticks, note) => {
    const p = plot(get(name), options);
    expect(p.yAxis.domain).toEqual(domain);
    expect(tickValues(p)).toEqual(ticks);
    expect(p.note?.text ?? null).toBe(note);
  });

  test('shares and counts start at zero, with no note', () => {
    const p = plot(get('gaps'));
    expect(p.yAxis.domain[0]).toBe(0);
    expect(tickValues(p)).toContain(0);
    expect(p.note).toBeNull();
  });

  test('values far from zero get an axis that does not start at zero, and the note says so', () => {
    const p = plot(get('non-zero-baseline'));
    expect(p.yAxis.domain[0]).toBeGreaterThan(0);
    expect(tickValues(p)).not.toContain(0);
    expect(p.note?.text).toBe('Axeln börjar inte på noll');
  });

  test.each([
    [[80, 100], true],
    [[81, 100], false],
  ])('values %o: the axis starts at zero: %s (only above the ratio 0.8 is zero left out)', (values, fromZero) => {
    expect(NON_ZERO_BASELINE_RATIO).toBe(0.8);
    expect(yAxis(values, 'antal', [300, 0], 5).scale.domain()[0] === 0).toBe(fromZero);
  });

  test('negative values extend the axis below zero and draw a zero line', () => {
    const p = plot(get('negative'));
    expect(p.yAxis.domain[0]).toBeLessThan(0);
    expect(p.yAxis.zeroY).toBeCloseTo(p.yAxis.ticks.find((t) => t.value === 0)!.y);
    expect(p.yAxis.ticks.map((t) => t.label)).toContain('\u22122,0');
  });

  test('a zero line is not drawn on top of the x axis', () => {
    expect(plot(get('gaps')).yAxis.zeroY).toBeNull();
  });

  test('ranks: an inverted axis with plats 1 at the top, never below plats 1, and the unit in words', () => {
    const p = plot(get('rank'));
    expect(p.yAxis.inverted).toBe(true);
    expect(p.note?.text).toBe('Plats 1 överst');
    expect(p.unitLabel.text).toBe('Placering (plats)');
    const top = p.yAxis.ticks.reduce((a, b) => (b.y < a.y ? b : a));
    const bottom = p.yAxis.ticks.reduce((a, b) => (b.y > a.y ? b : a));
    expect(top.value).toBeLessThan(bottom.value);
    expect(p.yAxis.domain[0]).toBeGreaterThanOrEqual(1);
  });

  test('other axes grow upwards: the lowest tick is at the bottom of the plot', () => {
    const p = plot(get('typical-yearly'));
    expect(p.yAxis.inverted).toBe(false);
    expect(p.yAxis.ticks[0]!.y).toBeCloseTo(p.plot.bottom);
    expect(p.yAxis.ticks.at(-1)!.y).toBeCloseTo(p.plot.top);
  });

  test('very large values are grouped with a narrow no-break space', () => {
    expect(plot(get('very-large')).yAxis.ticks.map((t) => t.label)).toContain(`1${NNBSP}200${NNBSP}000`);
  });

  test.each([{}, COMPACT])('a share axis stops at 100 % even when the values come close to it (%o)', (options) => {
    const input: ChartInput = { ...base, unit: 'procent', series: [series('T', 'year', [[2017, 80], [2019, 88], [2021, 93], [2023, 96.4], [2025, 98.2]])], target: { value: 98, year: 2025 } };
    const p = plot(input, options);
    expect(p.yAxis.domain[1]).toBe(100);
    expect(Math.max(...tickValues(p))).toBeLessThanOrEqual(100);
  });

  test('the axis note moves to a row of its own when it does not fit beside the unit', () => {
    const wide = plot(get('non-zero-baseline'));
    expect(wide.note).toMatchObject({ anchor: 'end', y: wide.unitLabel.y });
    const narrow = plot(get('non-zero-baseline'), { width: 200, height: 240 });
    expect(narrow.note).toMatchObject({ anchor: 'start', x: narrow.unitLabel.x });
    expect(narrow.note!.y).toBeGreaterThan(narrow.unitLabel.y);
  });
});

describe('the x axis', () => {
  test.each(['typical-yearly', 'one-value', 'target-before-data', 'target-after-data', 'rank', 'gender'])('yearly ticks on %s are whole years at every width', (name) => {
    for (const width of [320, 600, 1000]) {
      const p = plot(get(name), { width });
      expect(p.xAxis.ticks.length, `${width}`).toBeGreaterThan(0);
      for (const t of p.xAxis.ticks) {
        expect(t.label).toMatch(/^\d{4}$/);
        expect(Number.isInteger(t.time)).toBe(true);
      }
    }
  });

  /** Tick labels are at least their half-widths apart, estimated at 0.6 em a letter. */
  function expectNoOverlap(p: PlotLayout, what: string) {
    const w = (label: string) => label.length * p.font * 0.9 * 0.6;
    for (const [i, t] of p.xAxis.ticks.entries()) {
      const prev = p.xAxis.ticks[i - 1];
      if (prev) expect(t.x - prev.x, what).toBeGreaterThan((w(prev.label) + w(t.label)) / 2);
    }
  }

  test.each(['typical-yearly', 'tertial', 'month', 'target-after-data'])('tick labels on %s do not overlap, even at 320 wide', (name) => {
    expectNoOverlap(plot(get(name), { width: 320, height: 260 }), name);
  });

  test.each(Object.keys(CASES).filter((n) => chartLayout(get(n)).plot))('tick labels on %s are thinned so they do not overlap in the compact chart', (name) => {
    expectNoOverlap(plot(get(name), COMPACT), name);
  });

  test('tertial and month ticks use short period labels, aligned to the step', () => {
    expect(xLabels(plot(get('month')))).toEqual(['jan 2023', 'apr 2023', 'jul 2023', 'okt 2023', 'jan 2024', 'apr 2024']);
  });

  test('a step of whole years on tertials or months is labelled with the year alone', () => {
    expect(xLabels(plot(get('tertial')))).toEqual(['2021', '2022', '2023', '2024']);
    expect(xAxisTicks('month', [2016 + 10 / 12, 2023 + 1 / 12], 47, 60, 40).map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  });

  test('a monthly series over six years keeps a label every year or two on a 375 px screen, not two in all', () => {
    // Arbetslöshet 16–64 år: November 2016 to February 2023, drawn 360 wide.
    const input: ChartInput = {
      ...base,
      kind: 'month',
      series: [series('T', 'month', [[2016, 11, 5.2], [2019, 7, 4], [2019, 9, 4.5], [2021, 1, 6.6], [2021, 4, 5.7], [2022, 6, 4.1], [2023, 2, 4.3]])],
    };
    const labels = xLabels(plot(input, COMPACT));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.every((l) => /^\d{4}$/.test(l))).toBe(true);
  });

  test('every second year falls on even years', () => {
    expect(xLabels(plot(get('typical-yearly')))).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
    expect(xAxisTicks('year', [2015, 2025], 20, 30).map((t) => t.time)).toEqual([2016, 2018, 2020, 2022, 2024]);
  });

  test('the x axis reaches the target year, before or after the data', () => {
    expect(plot(get('typical-yearly')).xAxis.domain).toEqual([2015, 2026]);
    expect(xLabels(plot(get('typical-yearly')))).toContain('2026');
    expect(xLabels(plot(get('target-before-data')))).toContain('2015');
  });

  test('a single period gets one period of room on each side', () => {
    expect(plot(get('one-value')).xAxis.domain).toEqual([2018, 2020]);
  });

  test('the first period stands inside the left edge and ticks run left to right', () => {
    const p = plot(get('gaps'));
    expect(p.plot.startX).toBeGreaterThan(p.plot.left);
    expect(mainSeries(p).markers[0]!.x).toBeCloseTo(p.plot.startX);
    const xs = p.xAxis.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(Math.max(...xs)).toBeLessThan(p.plot.right);
  });
});

describe('lines and points', () => {
  const runLengths = (input: ChartInput) => mainSeries(plot(input)).runs.map((r) => r.length);

  test('a missing value and a period without a row break the line alike', () => {
    // 2012–2013 | 2014 missing (..) | 2015–2016 | 2017 no row | 2018–2019 | 2020 no row | 2021–2022
    expect(runLengths(get('gaps'))).toEqual([2, 2, 2, 2]);
    expect(chartLayout(get('gaps')).plot!.series.length).toBe(1);
  });

  test('a survey every other year is one line: its off years are not gaps, whether marked ".." or left out', () => {
    const biennial = (rows: [number, number | null][]) => runLengths({ ...base, series: [series('T', 'year', rows)] });
    expect(biennial([[2017, 24], [2018, null], [2019, 22], [2020, null], [2021, 26], [2022, null], [2023, 27]])).toEqual([4]);
    expect(biennial([[2017, 24], [2019, 22], [2021, 26], [2023, 27]])).toEqual([4]);
    // A survey that did not happen (2021) is a gap in a biennial series.
    expect(biennial([[2015, 1], [2017, 2], [2019, 3], [2021, null], [2023, 4], [2025, 5]])).toEqual([3, 2]);
  });

  test('every line is judged by the main series’ step: an area with a missing year between its only two values is broken there', () => {
    const input: ChartInput = {
      ...base,
      series: [series('T', 'year', [[2021, 80.5], [2022, 81.2], [2023, 82]])],
      comparisons: [{ id: '0006', name: 'Testlänet', points: series('T', 'year', [[2021, 81], [2022, null], [2023, 82.4]]).points }],
    };
    expect(plot(input).comparisons[0]!.runs.map((r) => r.length)).toEqual([1, 1]);
  });

  test('a monthly series sampled now and then breaks only where it is absent for much longer than usual', () => {
    const input: ChartInput = {
      ...base,
      kind: 'month',
      series: [series('T', 'month', [[2016, 11, 5.2], [2019, 7, 4], [2019, 9, 4.5], [2021, 1, 6.6], [2021, 4, 5.7], [2022, 6, 4.1], [2023, 2, 4.3]])],
    };
    const prepared = prepareChart(input).main!;
    expect(prepared.gaps.map((g) => [g.from.period.key, g.to.period.key])).toContainEqual(['2016-11', '2019-07']);
    expect(prepared.gaps.map((g) => g.from.period.key)).not.toContain('2022-06');
    expect(usualStep(prepared.values)).toBe(8);
  });

  test('a series break in a note ends one stretch of line and starts the next, with a mark and its word between', () => {
    const input: ChartInput = {
      ...base,
      series: [
        {
          gender: 'T',
          points: [
            ...series('T', 'year', [[2017, 24], [2019, 22]]).points,
            { ...series('T', 'year', [[2021, 26]]).points[0]!, note: 'ny enkätfråga från 2021' },
            ...series('T', 'year', [[2023, 27], [2025, 28]]).points,
          ],
        },
      ],
    };
    const p = plot(input);
    expect(runLengths(input)).toEqual([2, 3]);
    expect(p.breaks).toHaveLength(1);
    const [x2019, x2021] = [mainSeries(p).markers[1]!.x, mainSeries(p).markers[2]!.x];
    expect(p.breaks[0]!.x).toBeCloseTo((x2019 + x2021) / 2);
    expect(p.breaks[0]!.label.text).toBe('Serieavbrott');
    // An ordinary note changes nothing.
    const plain = { ...input, series: [{ ...input.series[0]!, points: input.series[0]!.points.map((q) => (q.note ? { ...q, note: 'enkäten besvarades digitalt' } : q)) }] };
    expect(runLengths(plain)).toEqual([5]);
    expect(plot(plain).breaks).toEqual([]);
  });

  test('a single gap gives exactly two stretches of line', () => {
    expect(runLengths({ ...base, series: [series('T', 'year', [[2019, 10], [2020, 12], [2021, null], [2022, 13], [2023, 15]])] })).toEqual([2, 2]);
  });

  test('tertials are broken by a missing value and by a skipped period alike', () => {
    expect(runLengths({ ...base, kind: 'tertial', series: [series('T', 'tertial', [[2022, 3, 5], [2023, 2, 7], [2023, 3, 8]])] })).toEqual([1, 2]);
    expect(runLengths({ ...base, kind: 'tertial', series: [series('T', 'tertial', [[2022, 3, 5], [2023, 1, null], [2023, 2, 7], [2023, 3, 8]])] })).toEqual([1, 2]);
  });

  test('every value has a marker, isolated values too', () => {
    const gaps = mainSeries(plot(get('gaps')));
    expect(gaps.markers).toHaveLength(8);
    const month = mainSeries(plot(get('month')));
    expect(month.runs.at(-1)).toHaveLength(1);
    expect(month.markers).toHaveLength(15);
  });

  test('markers sit on the line', () => {
    const s = mainSeries(plot(get('gaps')));
    expect(s.runs.flat()).toEqual(s.markers.map(({ x, y }) => ({ x, y })));
  });

  test('does not depend on the order of the points', () => {
    const input = get('gaps');
    const shuffled: ChartInput = { ...input, series: input.series.map((s) => ({ ...s, points: [...s.points].reverse() })) };
    expect(chartLayout(shuffled)).toEqual(chartLayout(input));
  });

  test('women and men are drawn behind the total, which is the main line', () => {
    const p = plot(get('gender'));
    expect(p.series.map((s) => [s.gender, s.emphasis])).toEqual([
      ['K', 'secondary'],
      ['M', 'secondary'],
      ['T', 'main'],
    ]);
    expect(p.series[2]!.markerRadius).toBeGreaterThan(p.series[0]!.markerRadius);
  });

  test('every point has a hover text naming the series, the period and the value', () => {
    const titles = plot(get('gender')).series.flatMap((s) => s.markers.map((m) => m.title));
    expect(titles).toContain(`Kvinnor, 2016: 68${NBSP}%`);
    expect(titles).toContain(`Män, 2022: 73,8${NBSP}%`);
    expect(titles).toContain(`2022: 73,4${NBSP}%`);
    expect(mainSeries(plot(get('tertial'))).markers[0]!.title).toBe(`tertial 1 2021: 7,1${NBSP}%`);
  });

  test('one value: a point and its value written above it', () => {
    const p = plot(get('one-value'));
    const [point] = mainSeries(p).markers;
    expect(mainSeries(p).markers).toHaveLength(1);
    expect(point!.title).toBe(`2019: 43,5${NBSP}%`);
    expect(p.valueLabel).toMatchObject({ text: `43,5${NBSP}%`, x: point!.x, anchor: 'middle' });
    expect(p.valueLabel!.y).toBeLessThan(point!.y);
  });

  test('the target: a line across the plot and a marker at the target year', () => {
    const p = plot(get('typical-yearly'));
    const at2026 = p.xAxis.ticks.find((t) => t.label === '2026')!;
    const at75 = p.yAxis.ticks.find((t) => t.value === 75)!;
    expect(p.target).toMatchObject({ y: at75.y, marker: { x: at2026.x, y: at75.y } });
    expect(p.target!.label.text).toBe(`Målvärde 75${NBSP}% (2026)`);
  });

  test('the projection runs from the last value of the total to the target year', () => {
    const p = plot(get('typical-yearly'));
    const last = mainSeries(p).markers.at(-1)!;
    expect(p.projection!.from).toEqual({ x: last.x, y: last.y });
    expect(p.projection!.to.x).toBeCloseTo(p.target!.marker.x);
  });

  test('with no values there is no plot, only a short row', () => {
    for (const input of [get('all-missing'), { ...base, series: [] }]) {
      expect(chartLayout(input)).toEqual({ width: 600, height: 49, font: 14, plot: null });
    }
  });
});

describe('end labels', () => {
  test('name Kvinnor and Män, and Totalt beside them, only when those series have values', () => {
    const names = (input: ChartInput) => plot(input).endLabels.map((l) => l.text).sort();
    expect(names(get('gender'))).toEqual(['Kvinnor', 'Män', 'Totalt']);
    expect(names(get('typical-yearly'))).toEqual([]);
    const gender = get('gender');
    expect(names({ ...gender, series: gender.series.filter((s) => s.gender !== 'M') })).toEqual(['Kvinnor', 'Totalt']);
    const emptyM = { ...gender, series: gender.series.map((s) => (s.gender === 'M' ? { ...s, points: s.points.map((p) => ({ ...p, value: null })) } : s)) };
    expect(names(emptyM)).toEqual(['Kvinnor', 'Totalt']);
  });

  test('stand in one column right of the line ends, in the order of the last values', () => {
    const p = plot(get('gender'));
    expect(p.endLabels.map((l) => l.text)).toEqual(['Män', 'Totalt', 'Kvinnor']);
    const lastX = Math.max(...p.series.map((s) => s.markers.at(-1)!.x));
    for (const l of p.endLabels) expect(l.x).toBeCloseTo(lastX + 0.6 * p.font);
  });

  test('are nudged apart when the last values are close', () => {
    const close: ChartInput = {
      ...base,
      series: [series('T', 'year', [[2020, 80], [2021, 82.1]]), series('K', 'year', [[2020, 78], [2021, 82]]), series('M', 'year', [[2020, 82], [2021, 82.2]])],
    };
    const ys = plot(close).endLabels.map((l) => l.y);
    expect(ys).toHaveLength(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  test('a series that ends long before the total is labelled where it ends', () => {
    const input: ChartInput = {
      ...base,
      unit: 'antal',
      series: [series('T', 'year', [[2000, 100], [2005, 104], [2010, 108], [2015, 112], [2020, 118], [2024, 120]]), series('K', 'year', [[2005, 52], [2006, 53]])],
    };
    const p = plot(input);
    expect(endLabel(p, 'Kvinnor')!.x).toBeLessThan(endLabel(p, 'Totalt')!.x / 2);
  });

  describe.each<[string, ChartInput, ChartOptions]>([
    ['N15428', N15428, {}],
    ['N15428 compact', N15428, COMPACT],
    ['target far away', N15428_FAR, {}],
    ['target far away, compact', N15428_FAR, COMPACT],
    ['target below the total', N15428_LOW, {}],
    ['target below the total, compact', N15428_LOW, COMPACT],
  ])('%s', (_name, input, options) => {
    const p = plot(input, options);
    const size = 0.95 * p.font;
    // Generous: bold DejaVu Sans is about 0.63 em per letter for these words.
    const boxes = p.endLabels.map((l) => ({ l, box: roughBox(l.x, l.y, l.text, size, 0.7) }));
    const { marker, markerHalf } = p.target!;

    test('keeps the end labels off the target marker and the projection', () => {
      expect(p.endLabels.map((l) => l.text).sort()).toEqual(['Kvinnor', 'Män', 'Totalt']);
      const markerBox = { x0: marker.x - markerHalf - 2, x1: marker.x + markerHalf + 2, y0: marker.y - markerHalf - 2, y1: marker.y + markerHalf + 2 };
      const projection = segmentBoxes(p.projection!.from, p.projection!.to, 0, 1);
      for (const { l, box } of boxes) {
        expect(overlaps(box, markerBox), `${l.text} on the target marker`).toBe(false);
        expect(projection.some((b) => overlaps(box, b)), `${l.text} on the projection`).toBe(false);
      }
    });

    test('keeps the end labels inside the chart', () => {
      for (const l of p.endLabels) expect(l.x + l.text.length * 0.63 * size, l.text).toBeLessThanOrEqual(options.width ?? 600);
    });

    test('keeps the end labels off each other', () => {
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.l.text} on ${b.l.text}`).toBe(false);
    });
  });

  test('stay next to the line ends when nothing is in the way', () => {
    // Target far to the right and no projection: the labels are not pushed past the target marker.
    const p = plot({ ...N15428, target: { value: 95, year: 2030 }, projection: null });
    for (const l of p.endLabels) expect(l.x).toBeLessThan(p.target!.marker.x - 100);
  });

  test('stackLabels keeps labels a gap apart and pushes them back up from the bottom', () => {
    expect(stackLabels([10, 12, 14], 15, 0, 100)).toEqual([10, 25, 40]);
    expect(stackLabels([-5, 50], 15, 0, 100)).toEqual([0, 50]);
    expect(stackLabels([90, 95, 100], 15, 0, 100)).toEqual([70, 85, 100]);
  });
});

describe('the target label', () => {
  test('drops the year when the full label would cover a line', () => {
    expect(plot(N15428).target!.label.text).toBe(`Målvärde 90${NBSP}% (2026)`);
    // In the compact chart "Målvärde 90 % (2026)" fits only across the line for women.
    expect(plot(N15428, COMPACT).target!.label.text).toBe(`Målvärde 90${NBSP}%`);
  });

  test.each(['typical-yearly', 'gender', 'tertial', 'rank', 'very-large', 'target-after-data'])('on %s covers no end label and no marker of the main line', (name) => {
    const p = plot(get(name));
    const l = p.target!.label;
    const size = 0.9 * p.font;
    const w = l.text.length * 0.6 * size;
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    const box = { x0, x1: x0 + w, y0: l.y - 0.8 * size, y1: l.y + 0.2 * size };
    const r = mainSeries(p).markerRadius;
    for (const m of mainSeries(p).markers) expect(overlaps(box, { x0: m.x - r, x1: m.x + r, y0: m.y - r, y1: m.y + r }), `${l.text} on ${m.title}`).toBe(false);
    for (const e of p.endLabels) expect(overlaps(box, roughBox(e.x, e.y, e.text, 0.95 * p.font, 0.63)), `${l.text} on ${e.text}`).toBe(false);
  });

  test('stands on the side of the marker towards the middle of the plot', () => {
    const right = plot(get('typical-yearly')).target!.label;
    expect(right.anchor).toBe('end');
    const left = plot(get('target-before-data')).target!.label;
    expect(left.anchor).toBe('start');
  });
});

describe('text size', () => {
  test.each([
    [600, 14],
    [1000, 14],
    [480, 14],
    [360, 17],
    [320, 15],
  ])('a chart %d wide has root font size %d', (width, font) => {
    expect(rootFontSize(width)).toBe(font);
    expect(chartLayout(get('gender'), { width }).font).toBe(font);
  });

  test('the smallest text of the compact chart is at least 12 px when it is drawn 288 px wide (a 320 px screen)', () => {
    expect(0.9 * chartLayout(get('gender'), COMPACT).font * (288 / 360)).toBeGreaterThanOrEqual(12);
  });
});

describe('sparklineLayout', () => {
  test('draws the main line across the whole width, the latest value and the target', () => {
    const { line, width, height } = sparklineLayout(get('typical-yearly'));
    expect([width, height]).toEqual([120, 32]);
    const points = line!.runs.flat();
    expect(points[0]!.x).toBe(3.5);
    expect(line!.latest).toEqual(points.at(-1));
    expect(line!.latest.x).toBe(116.5);
    // Target 75 is above every value, at the top of the sparkline.
    expect(line!.targetY).toBe(3.5);
  });

  test('breaks where values are missing, as the big chart does', () => {
    expect(sparklineLayout(get('gaps')).line!.runs.map((r) => r.length)).toEqual([2, 2, 2, 2]);
  });

  test('a sparse series is drawn as connected points: a dot on every value but the latest, which has a larger one', () => {
    const biennial: ChartInput = { ...base, series: [series('T', 'year', [[2017, 24], [2018, null], [2019, 22], [2020, null], [2021, 26], [2023, 27], [2025, 28]])] };
    const { line } = sparklineLayout(biennial);
    expect(line!.runs).toHaveLength(1);
    expect(line!.dots).toEqual(line!.runs[0]!.slice(0, -1));
    expect(line!.latest).toEqual(line!.runs[0]!.at(-1));
  });

  test('a long series gets dots only on values that stand alone', () => {
    const rows = Array.from({ length: 20 }, (_, i) => [2000 + i, i === 17 ? null : 10 + i] as const);
    const { line } = sparklineLayout({ ...base, series: [series('T', 'year', rows)] });
    expect(line!.runs.map((r) => r.length)).toEqual([17, 2]);
    expect(line!.dots).toEqual([]);
  });

  test('one value is never a lone speck: no line, and the words say why', () => {
    expect(sparklineLayout(get('one-value')).line).toBeNull();
    expect(sparklineLayout(get('one-value')).count).toBe(1);
  });

  test('its scale: the values at the top and the bottom of its axis, and the first and last period', () => {
    // Target 75 is above every value, so it is the top of the axis.
    expect(sparklineLayout(get('typical-yearly')).scale).toMatchObject({ top: 75, bottom: 61.2, first: { key: '2015' }, last: { key: '2023' } });
    // Plats 1 at the top: the best placing (the target 10) is the top.
    expect(sparklineLayout(get('rank')).scale).toMatchObject({ top: 10, bottom: 41 });
    // A flat line has the same value at the top and the bottom.
    expect(sparklineLayout(get('zeros')).scale).toMatchObject({ top: 0, bottom: 0 });
  });

  test('turns the rank axis upside down: the best placing at the top', () => {
    const { line } = sparklineLayout(get('rank'));
    const points = line!.runs.flat();
    // 22 (2021) is the best placing of the series, the target 10 is better still.
    expect(line!.targetY).toBe(3.5);
    expect(points[1]!.y).toBe(28.5);
  });

  test('with no values has no line', () => {
    expect(sparklineLayout(get('all-missing')).line).toBeNull();
  });
});

describe('standaloneLayout', () => {
  const meta = { source: 'Källa: Kolada (RKA)', licence: 'CC BY 4.0', url: 'https://vaggeryd.example/mal/a', example: true };

  test('the title at the top, the footer at the bottom, the plot between', () => {
    const l = standaloneLayout(get('gender'), meta);
    expect([l.width, l.height, l.font]).toEqual([960, 540, 18]);
    expect(l.title.map((t) => t.text)).toEqual(['Andel invånare 16–84 år med gott allmänt hälsotillstånd']);
    expect(l.footer.map((f) => f.text)).toEqual(['Källa: Kolada (RKA)', 'Licens: CC BY 4.0 · https://vaggeryd.example/mal/a', 'Exempeldata – inte officiell statistik']);
    expect(l.footer.map((f) => f.notice)).toEqual([false, false, true]);
    expect(l.plot!.plot.top).toBeGreaterThan(l.title[0]!.y);
    expect(l.plot!.xAxis.labelY).toBeLessThan(l.rule.y);
    expect(l.rule.y).toBeLessThan(l.footer[0]!.y);
  });

  test('no example notice for real data', () => {
    expect(standaloneLayout(get('gender'), { ...meta, example: false }).footer.map((f) => f.text)).not.toContain('Exempeldata – inte officiell statistik');
  });

  test('long titles wrap onto two lines', () => {
    const title = 'Andel elever i årskurs 9 som är behöriga till yrkesprogram på gymnasiet, kommunala skolor, inklusive nyanlända och elever med okänd bakgrund';
    expect(standaloneLayout({ ...get('typical-yearly'), title }, meta).title).toHaveLength(2);
  });

  test('a licence and address too long for one line get a line each', () => {
    const l = standaloneLayout(get('gender'), { ...meta, url: `https://vaggeryd.example/${'a'.repeat(100)}` });
    expect(l.footer.map((f) => f.text.slice(0, 8))).toEqual(['Källa: K', 'Licens: ', 'https://', 'Exempeld']);
  });

  test('with no values there is no plot', () => {
    expect(standaloneLayout(get('all-missing'), meta).plot).toBeNull();
  });
});

describe('comparison lines', () => {
  const compared = get('comparisons');
  const withoutComparisons: ChartInput = { ...compared, comparisons: undefined };

  test('are laid out in the order given, cut to the span of the municipality\'s own rows', () => {
    const p = plot(compared);
    expect(p.comparisons.map((c) => c.name)).toEqual(['Riket', 'Jönköpings län']);
    // Riket has values from 2015, the municipality from 2017: the line starts where the municipality's does.
    expect(p.comparisons[0]!.runs[0]![0]!.x).toBeCloseTo(mainSeries(p).runs[0]![0]!.x);
    expect(p.comparisons[0]!.runs.flat()).toHaveLength(8);
  });

  test('break at missing values, and a value standing alone gets a dot with its hover text', () => {
    const county = plot(compared).comparisons[1]!;
    expect(county.runs.map((r) => r.length)).toEqual([4, 1]);
    expect(county.markers.map((m) => m.title)).toEqual([`Jönköpings län, 2023: 75,5${NBSP}%`]);
  });

  test('widen the y axis to show every comparison value', () => {
    const low = { id: '0683', name: 'Värnamo', points: series('T', 'year', [[2020, 55], [2021, 58]]).points };
    expect(plot(withoutComparisons).yAxis.domain[0]).toBeGreaterThan(55);
    expect(plot({ ...withoutComparisons, comparisons: [low] }).yAxis.domain[0]).toBeLessThanOrEqual(55);
  });

  test('are named at their ends, and the municipality\'s own line by its name', () => {
    const p = plot(compared);
    expect(p.endLabels.map((l) => [l.text, l.gender, l.comparison])).toEqual([
      ['Vaggeryds kommun', 'T', null],
      ['Jönköpings län', null, 1],
      ['Riket', null, 0],
    ]);
    expect(p.key).toEqual([]);
  });

  test('with women and men too, every line is named and no two names overlap', () => {
    for (const input of [N15428_COMPARED, { ...N15428_COMPARED, target: null, projection: null }]) {
      const p = plot(input);
      expect(p.endLabels.map((l) => l.text).sort()).toEqual(['Jönköpings län', 'Kvinnor', 'Män', 'Riket', 'Vaggeryds kommun', 'Värnamo']);
      const size = 0.95 * p.font;
      // A line of text is about one font size high: names stacked closer than that would touch.
      const boxes = p.endLabels.map((l) => ({ l, box: { ...roughBox(l.x, l.y, l.text, size, 0.7), y0: l.y - 0.5 * size, y1: l.y + 0.5 * size } }));
      for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlaps(a.box, b.box), `${a.l.text} on ${b.l.text}`).toBe(false);
      for (const l of p.endLabels) expect(l.x + l.text.length * 0.63 * size, l.text).toBeLessThanOrEqual(600);
    }
  });

  test('on a phone the names go in a key below the chart, which grows to keep the plot its size', () => {
    const layout = chartLayout(N15428_COMPARED, COMPACT);
    const p = layout.plot!;
    expect(p.endLabels).toEqual([]);
    expect(p.key.map((k) => k.text)).toEqual(['Vaggeryds kommun', 'Kvinnor', 'Män', 'Riket', 'Jönköpings län', 'Värnamo']);
    expect(layout.height).toBeGreaterThan(COMPACT.height);
    const plain = chartLayout({ ...N15428_COMPARED, comparisons: [] }, COMPACT).plot!;
    expect(p.plot.bottom - p.plot.top).toBeCloseTo(plain.plot.bottom - plain.plot.top, 0);
    const size = 0.95 * p.font;
    for (const k of p.key) {
      expect(k.y, k.text).toBeGreaterThan(p.xAxis.labelY + 0.5 * p.font);
      expect(k.y + 0.6 * size, k.text).toBeLessThanOrEqual(layout.height);
      expect(k.textX + k.text.length * 0.63 * size, k.text).toBeLessThanOrEqual(COMPACT.width);
    }
    const rows = [...new Set(p.key.map((k) => k.y))];
    for (const y of rows) {
      const row = p.key.filter((k) => k.y === y).map((k) => ({ k, box: roughBox(k.x, k.y, 'x'.repeat(3) + k.text, size, 0.63) }));
      for (const a of row) for (const b of row) if (a !== b) expect(overlaps(a.box, b.box), `${a.k.text} on ${b.k.text}`).toBe(false);
    }
  });

  test('the standalone file names the lines at their ends', () => {
    const l = standaloneLayout(N15428_COMPARED, { source: 'Kolada', licence: 'CC0', url: 'https://x', example: false });
    expect(l.plot!.key).toEqual([]);
    expect(l.plot!.endLabels.map((e) => e.text)).toContain('Jönköpings län');
  });

  test('a chart without comparisons, or with an empty list, lays out as before', () => {
    expect(chartLayout({ ...N15428, comparisons: [] })).toEqual(chartLayout(N15428));
    expect(plot(N15428).comparisons).toEqual([]);
    expect(plot(N15428).key).toEqual([]);
  });

  test('comparisons with no value inside the municipality\'s span are left out', () => {
    const old = { id: '0000', name: 'Riket', points: series('T', 'year', [[2001, 50], [2002, 51]]).points };
    expect(plot({ ...withoutComparisons, comparisons: [old] }).comparisons).toEqual([]);
    expect(plot({ ...withoutComparisons, comparisons: [old] }).endLabels).toEqual([]);
  });
});
