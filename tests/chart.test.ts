import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ChartInput, ChartOptions, ChartSeries } from '../src/lib/chart/index.ts';
import { renderChart, renderSparkline, renderStandaloneSvg, summarizeChart } from '../src/lib/chart/index.ts';
import type { Gender } from '../src/lib/model.ts';
import { xmlAttr } from '../src/lib/xml.ts';
import type { PeriodKind } from '../src/lib/period.ts';
import { makePeriod } from '../src/lib/period.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Rows: [year, value] for years; [year, part, value] for tertials and months. */
function series(gender: Gender, kind: PeriodKind, rows: (readonly [number, number | null] | readonly [number, number, number | null])[]): ChartSeries {
  return {
    gender,
    points: rows.map((row) => {
      const p = kind === 'year' ? makePeriod('year', row[0], 0) : makePeriod(kind, row[0], row[1] as number);
      const value = kind === 'year' ? row[1] : (row[2] ?? null);
      return { period: p, value };
    }),
  };
}

const base = {
  id: 'x',
  title: 'Andel elever med gymnasieexamen inom 4 år',
  unit: 'procent',
  kind: 'year' as const,
};

const CASES: Record<string, ChartInput> = {
  'typical-yearly': {
    ...base,
    id: 'typical',
    series: [series('T', 'year', [[2015, 62], [2016, 63.5], [2017, 61.2], [2018, 65], [2019, 66.1], [2020, 68.4], [2021, 67.9], [2022, 70.2], [2023, 71]])],
    target: { value: 75, year: 2026 },
    projection: { fromTime: 2023, fromValue: 71, toTime: 2026, toValue: 73.9 },
  },
  'one-value': { ...base, id: 'one', series: [series('T', 'year', [[2019, 43.5]])] },
  'all-missing': { ...base, id: 'none', series: [series('T', 'year', [[2019, null], [2020, null]])] },
  gaps: {
    ...base,
    id: 'gaps',
    unit: 'antal',
    title: 'Antal nya företag',
    // 2014 is null; 2017 and 2020 have no row at all; 2012–2013 etc. are single segments.
    series: [series('T', 'year', [[2012, 40], [2013, 44], [2014, null], [2015, 47], [2016, 52], [2018, 50], [2019, 55], [2021, 58], [2022, 57]])],
  },
  negative: {
    ...base,
    id: 'neg',
    title: 'Befolkningsförändring',
    series: [series('T', 'year', [[2016, 1.2], [2017, 0.4], [2018, -0.8], [2019, -1.5], [2020, -0.3], [2021, 0.6], [2022, -2.1], [2023, 0.9]])],
  },
  zeros: { ...base, id: 'zeros', unit: 'antal', title: 'Antal allvarliga arbetsplatsolyckor', series: [series('T', 'year', [[2019, 0], [2020, 0], [2021, 0], [2022, 0]])] },
  'very-large': {
    ...base,
    id: 'large',
    unit: 'kr',
    title: 'Kommunens kostnad för ekonomiskt bistånd',
    series: [series('T', 'year', [[2018, 980000], [2019, 1050000], [2020, 1234567], [2021, 1110000], [2022, 1190500]])],
    target: { value: 900000, year: 2025 },
  },
  tertial: {
    ...base,
    id: 'tertial',
    kind: 'tertial',
    title: 'Sjukfrånvaro bland medarbetare',
    series: [
      series('T', 'tertial', [[2021, 1, 7.1], [2021, 2, 6.2], [2021, 3, 7.9], [2022, 1, 8.4], [2022, 2, 6.5], [2022, 3, 7.2], [2023, 1, 7.8], [2023, 2, 5.9], [2023, 3, 6.6]]),
    ],
    target: { value: 6, year: 2024 },
  },
  month: {
    ...base,
    id: 'month',
    kind: 'month',
    unit: 'antal',
    title: 'Besök på biblioteket per månad',
    series: [
      series('T', 'month', [
        [2023, 1, 2110], [2023, 2, 2380], [2023, 3, 2605], [2023, 4, 2250], [2023, 5, 1980], [2023, 6, 1520], [2023, 7, 1105], [2023, 8, 1690],
        [2023, 9, 2420], [2023, 10, 2580], [2023, 11, 2700], [2023, 12, 1900], [2024, 1, 2200], [2024, 2, 2450], [2024, 3, null], [2024, 4, 2310],
      ]),
    ],
  },
  gender: {
    ...base,
    id: 'gender',
    title: 'Andel invånare 16–84 år med gott allmänt hälsotillstånd',
    series: [
      series('T', 'year', [[2016, 70], [2017, 70.6], [2018, 71.5], [2019, 71.1], [2020, 72], [2021, 72.6], [2022, 73.4]]),
      series('K', 'year', [[2016, 68], [2017, 69.2], [2018, 70.1], [2019, 70.4], [2020, 71.2], [2021, 72.3], [2022, 72.9]]),
      series('M', 'year', [[2016, 72], [2017, 72.1], [2018, 72.8], [2019, 71.9], [2020, 72.7], [2021, 72.9], [2022, 73.8]]),
    ],
    target: { value: 76, year: 2030 },
  },
  'target-before-data': {
    ...base,
    id: 'tb',
    title: 'Andel förnybar energi',
    series: [series('T', 'year', [[2018, 41], [2019, 44], [2020, 48], [2021, 52], [2022, 55]])],
    target: { value: 50, year: 2015 },
  },
  'target-after-data': {
    ...base,
    id: 'ta',
    unit: 'ton',
    title: 'Utsläpp av växthusgaser (ton CO₂e per invånare)',
    series: [series('T', 'year', [[2010, 7.8], [2011, 7.5], [2012, 7.1], [2013, 6.9], [2014, 6.5], [2015, 6.4], [2016, 6.2], [2017, 5.9], [2018, 5.5], [2019, 5.3], [2020, 4.9]])],
    target: { value: 2, year: 2030 },
    projection: { fromTime: 2020, fromValue: 4.9, toTime: 2030, toValue: 2.8 },
  },
  rank: {
    ...base,
    id: 'rank',
    unit: 'placering',
    title: 'Företagsklimat – placering i Svenskt Näringslivs ranking',
    series: [series('T', 'year', [[2015, 30], [2016, 41], [2017, 35], [2018, 28], [2019, 25], [2020, 26], [2021, 22]])],
    target: { value: 10, year: 2025 },
  },
  'non-zero-baseline': {
    ...base,
    id: 'nz',
    title: 'Andel invånare som är nöjda med kommunens service',
    series: [series('T', 'year', [[2015, 81.2], [2016, 82.5], [2017, 83.9], [2018, 85.6], [2019, 86], [2020, 87.1], [2021, 86.4], [2022, 84.2]])],
  },
};

function get(name: string): ChartInput {
  const c = CASES[name];
  if (!c) throw new Error(`no case ${name}`);
  return c;
}

/** The `d` of the path with the given class. */
function pathD(svg: string, cls: string): string {
  const m = new RegExp(`<path class="${cls}" d="([^"]*)"`).exec(svg);
  if (!m?.[1]) throw new Error(`no path .${cls}`);
  return m[1];
}

/**
 * A small well-formedness check: tags balance, every `&` starts an entity, no `<` or `"` loose in
 * text or attribute values. Enough to catch missing escaping.
 */
function checkWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${pos}: ${body.slice(pos, pos + 60)}`);
    pos = token.lastIndex;
    const [, closing, name, , selfClosing, text] = m;
    if (text !== undefined) {
      expect(text).not.toContain('>');
      continue;
    }
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name ?? '');
  }
  expect(stack).toEqual([]);
}

describe('renderChart snapshots', () => {
  test.each(Object.keys(CASES))('%s', async (name) => {
    const svg = renderChart(get(name));
    checkWellFormed(svg);
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/chart/${name}.svg`);
  });

  test('compact variant for narrow screens', async () => {
    await expect(renderChart(get('gender'), { width: 360, height: 300 })).toMatchFileSnapshot('./__snapshots__/chart/gender-narrow.svg');
  });

  test('sparklines', async () => {
    const all = ['typical-yearly', 'gaps', 'rank', 'one-value', 'all-missing'].map((n) => renderSparkline(get(n))).join('\n');
    await expect(all).toMatchFileSnapshot('./__snapshots__/chart/sparklines.svg.txt');
  });

  test('standalone', async () => {
    const svg = renderStandaloneSvg(get('gender'), { source: 'Kolada (RKA) & SCB', licence: 'CC BY 4.0', url: 'https://example.org/mal/gender?a=1&b=2', example: true });
    checkWellFormed(svg);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/chart/standalone-gender.svg');
  });
});

describe('renderChart behaviour', () => {
  test('is deterministic', () => {
    for (const input of Object.values(CASES)) {
      expect(renderChart(input)).toBe(renderChart(structuredClone(input)));
      expect(renderSparkline(input)).toBe(renderSparkline(structuredClone(input)));
    }
  });

  test('does not depend on the order of the points', () => {
    const input = get('gaps');
    const shuffled: ChartInput = { ...input, series: input.series.map((s) => ({ ...s, points: [...s.points].reverse() })) };
    expect(renderChart(shuffled)).toBe(renderChart(input));
  });

  test('never writes NaN, undefined, Infinity or null', () => {
    for (const input of Object.values(CASES)) {
      for (const svg of [
        renderChart(input),
        renderChart(input, { width: 320, height: 240 }),
        renderSparkline(input),
        renderStandaloneSvg(input, { source: 'S', licence: 'L', url: 'U', example: false }),
      ]) {
        expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
      }
    }
  });

  test('a missing value breaks the line; periods without a row are joined', () => {
    const d = pathD(renderChart(get('gaps')), 'chart-line chart-line--total');
    // 2012–2013 | 2014 missing (..) | 2015–2022, joined across 2017 and 2020 which have no row
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toContain('Z');
  });

  test('a single gap gives exactly two segments', () => {
    const input: ChartInput = { ...base, series: [series('T', 'year', [[2019, 10], [2020, 12], [2021, null], [2022, 13], [2023, 15]])] };
    const d = pathD(renderChart(input), 'chart-line chart-line--total');
    expect(d.match(/M/g)).toHaveLength(2);
  });

  test('tertials are broken by a missing value, not by a skipped period', () => {
    const skipped: ChartInput = { ...base, kind: 'tertial', series: [series('T', 'tertial', [[2022, 3, 5], [2023, 2, 7], [2023, 3, 8]])] };
    expect(pathD(renderChart(skipped), 'chart-line chart-line--total').match(/M/g)).toHaveLength(1);
    const missing: ChartInput = { ...base, kind: 'tertial', series: [series('T', 'tertial', [[2022, 3, 5], [2023, 1, null], [2023, 2, 7], [2023, 3, 8]])] };
    expect(pathD(renderChart(missing), 'chart-line chart-line--total').match(/M/g)).toHaveLength(2);
  });

  test('isolated values still have a marker', () => {
    const svg = renderChart(get('gaps'));
    const markers = /<g class="chart-marker chart-marker--total"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(markers.match(/<circle/g)).toHaveLength(8);
  });

  test('aria-labelledby points at the title and desc, ids unique per chart', () => {
    for (const [name, input] of Object.entries(CASES)) {
      const svg = renderChart(input);
      const ids = /aria-labelledby="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
      expect(ids, name).toHaveLength(2);
      const [titleId, descId] = ids;
      expect(svg).toContain(`<title id="${titleId}">${xmlAttr(input.title)}</title>`);
      expect(svg).toContain(`<desc id="${descId}">${xmlAttr(summarizeChart(input))}</desc>`);
      expect(svg).toMatch(/role="img"/);
    }
    const a = renderChart(get('gender'), { idPrefix: 'a' });
    const b = renderChart(get('gender'), { idPrefix: 'b' });
    expect(a).toContain('id="a-title"');
    expect(b).toContain('id="b-title"');
  });

  test('scales with its container: viewBox and no fixed pixel width', () => {
    const svg = renderChart(get('typical-yearly'));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 600 340"/);
    expect(svg).toMatch(/^<svg [^>]*width="100%"/);
    expect(svg).not.toMatch(/^<svg [^>]*height="\d/);
  });

  test('colours only through CSS custom properties', () => {
    const svg = renderChart(get('gender'));
    const colours = [...svg.matchAll(/(?:stroke|fill)="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const c of colours) expect(c).toMatch(/^(none|var\(--chart-[a-z]+, #[0-9a-f]{6}\))$/);
  });

  test('yearly ticks are whole years', () => {
    for (const name of ['typical-yearly', 'one-value', 'target-before-data', 'target-after-data', 'rank', 'gender']) {
      for (const width of [320, 600, 1000]) {
        const svg = renderChart(get(name), { width });
        const labels = [...svg.matchAll(/<g class="chart-x-axis">(.*?)<\/g>/g)].flatMap((m) => [...(m[1] ?? '').matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]));
        expect(labels.length, `${name} ${width}`).toBeGreaterThan(0);
        for (const l of labels) expect(l).toMatch(/^\d{4}$/);
      }
    }
  });

  test('x tick labels do not overlap, even at 320 wide', () => {
    for (const name of ['typical-yearly', 'tertial', 'month', 'target-after-data']) {
      const svg = renderChart(get(name), { width: 320, height: 260 });
      const xs = [...(/<g class="chart-x-axis">(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]* x="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({
        x: Number(m[1]),
        w: (m[2] ?? '').length * 14 * 0.9 * 0.6,
      }));
      for (let i = 1; i < xs.length; i++) {
        const a = xs[i - 1]!;
        const b = xs[i]!;
        expect(b.x - a.x, name).toBeGreaterThan((a.w + b.w) / 2);
      }
    }
  });

  test('tertial and month ticks use short period labels', () => {
    expect(renderChart(get('tertial'))).toMatch(/>T1 2022</);
    expect(renderChart(get('month'))).toMatch(/>jan 2024</);
    expect(renderChart(get('month'))).not.toMatch(/>feb 2023</);
  });

  test('a gender series that ends long before the total is labelled where it ends', () => {
    const input: ChartInput = {
      ...base,
      unit: 'antal',
      series: [
        series('T', 'year', [[2000, 100], [2005, 104], [2010, 108], [2015, 112], [2020, 118], [2024, 120]]),
        series('K', 'year', [[2005, 52], [2006, 53]]),
      ],
    };
    const svg = renderChart(input);
    const xOf = (label: string) => Number(new RegExp(`<text[^>]*x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    expect(xOf('Kvinnor')).toBeLessThan(xOf('Totalt') / 2);
  });

  test('labels Kvinnor and Män only when those series exist', () => {
    const g = renderChart(get('gender'));
    expect(g).toContain('>Kvinnor</text>');
    expect(g).toContain('>Män</text>');
    expect(g).toContain('>Totalt</text>');
    const t = renderChart(get('typical-yearly'));
    expect(t).not.toContain('Kvinnor');
    expect(t).not.toContain('Män');
    expect(t).not.toContain('>Totalt<');
    const onlyK: ChartInput = { ...get('gender'), series: get('gender').series.filter((s) => s.gender !== 'M') };
    expect(renderChart(onlyK)).toContain('>Kvinnor</text>');
    expect(renderChart(onlyK)).not.toContain('>Män</text>');
    const emptyM: ChartInput = {
      ...get('gender'),
      series: get('gender').series.map((s) => (s.gender === 'M' ? { ...s, points: s.points.map((p) => ({ ...p, value: null })) } : s)),
    };
    expect(renderChart(emptyM)).not.toContain('>Män</text>');
  });

  test('end labels are nudged apart when the last values are close', () => {
    const close: ChartInput = {
      ...base,
      series: [
        series('T', 'year', [[2020, 80], [2021, 82.1]]),
        series('K', 'year', [[2020, 78], [2021, 82]]),
        series('M', 'year', [[2020, 82], [2021, 82.2]]),
      ],
    };
    const svg = renderChart(close);
    const ys = [...svg.matchAll(/<text class="chart-label[^"]*" x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });

  describe('end labels keep clear of the projection and the target marker', () => {
    // Like N15428: T, K and M yearly 2017–2025 around 84–90 %, target 90 % in 2026, projection 2025–2026.
    const yearlyRows = (values: number[]) => values.map((v, i) => [2017 + i, v] as const);
    const n15428: ChartInput = {
      ...base,
      id: 'N15428',
      series: [
        series('T', 'year', yearlyRows([84.1, 85.6, 83.9, 86.2, 85.0, 86.8, 87.5, 86.9, 88.1])),
        series('K', 'year', yearlyRows([87.0, 88.2, 86.9, 88.8, 87.9, 89.4, 90.1, 89.5, 90.6])),
        series('M', 'year', yearlyRows([81.3, 83.1, 81.0, 83.7, 82.2, 84.3, 85.0, 84.4, 85.7])),
      ],
      target: { value: 90, year: 2026 },
      projection: { fromTime: 2025, fromValue: 88.1, toTime: 2026, toValue: 88.6 },
    };
    const far: ChartInput = { ...n15428, target: { value: 95, year: 2030 }, projection: { fromTime: 2025, fromValue: 88.1, toTime: 2030, toValue: 91 } };
    const low: ChartInput = { ...n15428, target: { value: 86, year: 2026 }, projection: { fromTime: 2025, fromValue: 88.1, toTime: 2026, toValue: 86.2 } };

    const numbers = (d: string) => [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
    test.each([
      ['N15428', n15428, {}],
      ['N15428 compact', n15428, { width: 360, height: 300 }],
      ['target far away', far, {}],
      ['target far away, compact', far, { width: 360, height: 300 }],
      ['target below the total', low, {}],
      ['target below the total, compact', low, { width: 360, height: 300 }],
    ] as [string, ChartInput, ChartOptions][])('%s', (_name, input, options) => {
      const svg = renderChart(input, options);
      const font = Number(/^<svg [^>]*font-size="([\d.]+)"/.exec(svg)?.[1]);
      const size = 0.95 * font;
      const labels = [...svg.matchAll(/<text class="chart-label[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => {
        const x = Number(m[1]);
        const y = Number(m[2]);
        // Generous: bold DejaVu Sans is about 0.63 em per letter for these words.
        return { text: m[3], x0: x - 2, x1: x + (m[3] ?? '').length * 0.7 * size, y0: y - 0.6 * size, y1: y + 0.6 * size };
      });
      expect(labels.map((l) => l.text).sort()).toEqual(['Kvinnor', 'Män', 'Totalt']);
      const [px0, py0, px1, py1] = numbers(pathD(svg, 'chart-projection')) as [number, number, number, number];
      const diamond = numbers(pathD(svg, 'chart-target-marker'));
      const dx = diamond.filter((_, i) => i % 2 === 0);
      const dy = diamond.filter((_, i) => i % 2 === 1);
      const marker = { x0: Math.min(...dx) - 2, x1: Math.max(...dx) + 2, y0: Math.min(...dy) - 2, y1: Math.max(...dy) + 2 };
      for (const l of labels) {
        expect(l.x0 < marker.x1 && marker.x0 < l.x1 && l.y0 < marker.y1 && marker.y0 < l.y1, `${l.text} on the target marker`).toBe(false);
        for (let i = 0; i <= 50; i++) {
          const x = px0 + ((px1 - px0) * i) / 50;
          const y = py0 + ((py1 - py0) * i) / 50;
          expect(x > l.x0 && x < l.x1 && y > l.y0 && y < l.y1, `${l.text} on the projection`).toBe(false);
        }
        // Inside the viewBox (bold DejaVu Sans: "Kvinnor" is 4.38 em wide).
        expect(l.x0 + 2 + (l.text ?? '').length * 0.63 * size, l.text).toBeLessThanOrEqual(options.width ?? 600);
      }
    });

    test('the projection has no label of its own; the line and its class stay', () => {
      for (const input of [n15428, far, get('typical-yearly'), get('target-after-data')]) {
        for (const svg of [renderChart(input), renderChart(input, { width: 360, height: 300 })]) {
          expect(svg).not.toContain('Framskrivning');
          expect(svg).not.toContain('chart-projection-label');
          expect(svg).toContain('<path class="chart-projection"');
        }
      }
    });

    test('the target label drops the year when the full label would cover a line', () => {
      expect(renderChart(n15428)).toContain(`>Målvärde 90${NBSP}% (2026)</text>`);
      // In the compact chart "Målvärde 90 % (2026)" fits only across the line for women.
      expect(renderChart(n15428, { width: 360, height: 300 })).toContain(`>Målvärde 90${NBSP}%</text>`);
    });

    test('labels stay next to the line ends when nothing is in the way', () => {
      // Target far to the right and no projection: the labels are not pushed past the target marker.
      const input: ChartInput = { ...n15428, target: { value: 95, year: 2030 }, projection: null };
      const svg = renderChart(input);
      const xs = [...svg.matchAll(/<text class="chart-label[^"]*" x="([\d.]+)"/g)].map((m) => Number(m[1]));
      const markerX = numbers(pathD(svg, 'chart-target-marker'))[0] ?? 0;
      for (const x of xs) expect(x).toBeLessThan(markerX - 100);
    });
  });

  describe('compact variant', () => {
    test('text is at least 12 px when the 360-wide chart is drawn 288 px wide (a 320 px screen)', () => {
      for (const [name, input] of Object.entries(CASES)) {
        const svg = renderChart(input, { width: 360, height: 300 });
        const root = Number(/^<svg [^>]*font-size="([\d.]+)"/.exec(svg)?.[1]);
        const ems = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)em"/g)].map((m) => Number(m[1]));
        const smallest = Math.min(1, ...ems) * root * (288 / 360);
        expect(smallest, name).toBeGreaterThanOrEqual(12);
      }
    });

    test('the default chart keeps font size 14', () => {
      expect(renderChart(get('gender'))).toMatch(/^<svg [^>]*font-size="14"/);
      expect(renderChart(get('gender'), { width: 1000 })).toMatch(/^<svg [^>]*font-size="14"/);
    });

    test('x tick labels are thinned so they do not overlap at the larger size', () => {
      for (const [name, input] of Object.entries(CASES)) {
        const svg = renderChart(input, { width: 360, height: 300 });
        const root = Number(/^<svg [^>]*font-size="([\d.]+)"/.exec(svg)?.[1]);
        const xs = [...(/<g class="chart-x-axis">(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]* x="([\d.]+)"[^>]*>([^<]+)</g)].map((m) => ({
          x: Number(m[1]),
          w: (m[2] ?? '').length * root * 0.9 * 0.6,
        }));
        for (let i = 1; i < xs.length; i++) expect(xs[i]!.x - xs[i - 1]!.x, name).toBeGreaterThan((xs[i - 1]!.w + xs[i]!.w) / 2);
      }
    });
  });

  test('K and M differ by dash pattern as well as colour', () => {
    const svg = renderChart(get('gender'));
    const dash = (cls: string) => new RegExp(`<path class="chart-line chart-line--${cls}"[^>]*?(?: stroke-dasharray="([^"]*)")?/>`).exec(svg)?.[1];
    expect(dash('total')).toBeUndefined();
    expect(dash('women')).toBeTruthy();
    expect(dash('men')).toBeTruthy();
    expect(dash('women')).not.toBe(dash('men'));
  });

  test('target: dashed line, marker and label', () => {
    const svg = renderChart(get('typical-yearly'));
    expect(svg).toMatch(/<line class="chart-target"[^>]*stroke-dasharray/);
    expect(svg).toContain('class="chart-target-marker"');
    expect(svg).toContain(`>Målvärde 75${NBSP}% (2026)</text>`);
    expect(svg).toMatch(/<path class="chart-projection" d="M[\d.]+,[\d.]+L[\d.]+,[\d.]+"/);
    // The x axis reaches the target year.
    expect(svg).toMatch(/>2026</);
    expect(renderChart(get('target-before-data'))).toMatch(/>2015</);
  });

  test('zero baseline for shares and counts, with the note when it is left out', () => {
    const typical = renderChart(get('gaps'));
    expect(typical).toMatch(/>0<\/text>/);
    expect(typical).not.toContain('Axeln börjar inte på noll');
    const nz = renderChart(get('non-zero-baseline'));
    expect(nz).toContain('Axeln börjar inte på noll');
    expect(nz).not.toMatch(/>0<\/text>/);
  });

  test('negative values: axis below zero and a zero line', () => {
    const svg = renderChart(get('negative'));
    expect(svg).toContain('class="chart-zero"');
    expect(svg).toMatch(/>\u22122,0<\/text>/);
  });

  test('ranks: inverted axis with plats 1 at the top, note', () => {
    const svg = renderChart(get('rank'));
    expect(svg).toContain('Plats 1 överst');
    expect(svg).toContain('Placering (plats)');
    const ticks = [...svg.matchAll(/<text class="chart-text chart-tick" x="[\d.]+" y="([\d.]+)"[^>]*text-anchor="end"[^>]*>(\d+)</g)].map((m) => ({ y: Number(m[1]), v: Number(m[2]) }));
    const top = ticks.reduce((a, b) => (b.y < a.y ? b : a));
    const bottom = ticks.reduce((a, b) => (b.y > a.y ? b : a));
    expect(top.v).toBeLessThan(bottom.v);
  });

  test('very large values are grouped with a narrow no-break space', () => {
    expect(renderChart(get('very-large'))).toContain(`>1${NNBSP}200${NNBSP}000</text>`);
  });

  test('one value: a point and its value label', () => {
    const svg = renderChart(get('one-value'));
    expect(svg).toContain(`>43,5${NBSP}%</text>`);
    expect(svg).toMatch(/<g class="chart-marker chart-marker--total"[^>]*><circle [^>]*><title>2019: 43,5 %<\/title><\/circle><\/g>/);
  });

  test('every point has a hover tooltip naming the series, the period and the value', () => {
    const svg = renderChart(get('gender'));
    const tips = [...svg.matchAll(/<circle [^>]*><title>([^<]+)<\/title><\/circle>/g)].map((m) => m[1]);
    expect(tips.length).toBeGreaterThan(6);
    expect(tips.some((t) => /^Kvinnor, \d{4}: /.test(t!))).toBe(true);
    expect(tips.some((t) => /^\d{4}: /.test(t!))).toBe(true);
  });

  test('all missing and empty input: a small chart that says so', () => {
    for (const input of [get('all-missing'), { ...base, series: [] } satisfies ChartInput]) {
      const svg = renderChart(input);
      expect(svg).toContain('Inga värden att visa ännu');
      expect(svg).toContain('Det finns inga värden ännu.');
    }
  });

  test('special characters in titles are escaped', async () => {
    const input: ChartInput = { ...get('typical-yearly'), title: 'Skola & förskola: "nöjdhet" <index> för Vaggeryd & Skillingaryd' };
    const svg = renderChart(input);
    expect(svg).toContain('Skola &amp; förskola: &quot;nöjdhet&quot; &lt;index&gt; för Vaggeryd &amp; Skillingaryd');
    checkWellFormed(svg);
    const standalone = renderStandaloneSvg(input, { source: 'A & B <c>', licence: 'CC "BY"', url: 'https://x.se/?a=1&b=2', example: true });
    checkWellFormed(standalone);
    // librsvg rejects SVG that is not well-formed XML.
    const meta = await sharp(Buffer.from(standalone)).metadata();
    expect(meta.width).toBe(960);
  });

  test('chart text is escaped with xmlAttr, quotes and apostrophes too', () => {
    expect(xmlAttr(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });
});

describe('renderSparkline', () => {
  test('latest value dot and target line', () => {
    const svg = renderSparkline(get('typical-yearly'));
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 120 32"/);
    expect(svg).toContain('class="chart-marker chart-marker--total chart-latest"');
    expect(svg).toContain('class="chart-target"');
  });

  test('decorative for screen readers: the list text states the latest value', () => {
    for (const input of Object.values(CASES)) {
      const open = /^<svg [^>]*>/.exec(renderSparkline(input))?.[0] ?? '';
      expect(open).toContain('aria-hidden="true"');
      expect(open).toContain('focusable="false"');
      expect(open).not.toMatch(/\brole=|aria-label|aria-labelledby/);
      expect(renderSparkline(input)).not.toMatch(/<title|<desc/);
    }
  });

  test('gaps in the sparkline too', () => {
    expect(pathD(renderSparkline(get('gaps')), 'chart-line chart-line--total').match(/M/g)).toHaveLength(2);
  });

  test('no values: a faint dashed line', () => {
    const svg = renderSparkline(get('all-missing'));
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toMatch(/<line class="chart-grid"[^>]*stroke-dasharray/);
    expect(svg).not.toContain('chart-line');
  });
});

describe('renderStandaloneSvg', () => {
  const meta = { source: 'Kolada (RKA)', licence: 'CC BY 4.0', url: 'https://vaggeryd.example/mal/a', example: true };

  test('a complete file with concrete colours and the texts', () => {
    const svg = renderStandaloneSvg(get('gender'), meta);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540"')).toBe(true);
    expect(svg).not.toContain('var(');
    expect(svg).toMatch(/<rect [^>]*width="960" height="540" fill="#ffffff"/);
    expect(svg).toContain('font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, &apos;DejaVu Sans&apos;, sans-serif"');
    for (const text of ['Andel invånare 16–84 år med gott allmänt hälsotillstånd', 'Källa: Kolada (RKA)', 'Licens: CC BY 4.0', 'https://vaggeryd.example/mal/a', 'Exempeldata – inte officiell statistik']) {
      expect(svg).toContain(text);
    }
  });

  test('no example notice for real data', () => {
    expect(renderStandaloneSvg(get('gender'), { ...meta, example: false })).not.toContain('Exempeldata');
  });

  test('long titles wrap onto two lines', () => {
    const title = 'Andel elever i årskurs 9 som är behöriga till yrkesprogram på gymnasiet, kommunala skolor, inklusive nyanlända och elever med okänd bakgrund';
    const svg = renderStandaloneSvg({ ...get('typical-yearly'), title }, meta);
    expect(svg.match(/class="chart-text chart-title"/g)).toHaveLength(2);
  });
});

describe('summarizeChart', () => {
  const p = (s: string) => s.replaceAll(' %', `${NBSP}%`).replaceAll('plats ', `plats${NBSP}`).replaceAll(' kr', `${NBSP}kr`);
  const yearly = (rows: [number, number | null][]): ChartInput => ({ ...base, series: [series('T', 'year', rows)] });
  test.each<[string, ChartInput, string]>([
    ['typical', get('typical-yearly'), p('Första värdet är 62 % år 2015 och det senaste 71 % år 2023. Lägst var 61,2 % år 2017. Målvärdet är 75 % år 2026.')],
    ['one value', get('one-value'), p('Det finns ett värde: 43,5 % år 2019.')],
    ['all missing', get('all-missing'), 'Det finns inga värden ännu.'],
    ['no series', { ...base, series: [] }, 'Det finns inga värden ännu.'],
    ['no values but a target', { ...get('all-missing'), target: { value: 80, year: 2030 } }, p('Det finns inga värden ännu. Målvärdet är 80 % år 2030.')],
    ['gaps', get('gaps'), 'Första värdet är 40 år 2012 och det senaste 57 år 2022. Högst var 58 år 2021. Värde saknas för 2014.'],
    ['negative values', get('negative'), p('Första värdet är 1,2 % år 2016 och det senaste 0,9 % år 2023. Lägst var −2,1 % år 2022.')],
    ['all values equal', get('zeros'), 'Alla värden från 2019 till 2022 är 0.'],
    ['two equal values', yearly([[2020, 50], [2022, 50]]), p('Första värdet är 50 % år 2020 och det senaste 50 % år 2022.')],
    // The old wording said "var oförändrad" here, and "ökade" when the trend fell but the last value was above the first.
    [
      'first and last equal, not unchanged',
      yearly([[2012, 27], [2013, 34], [2014, 31], [2015, 29], [2016, 30], [2017, 28], [2018, 29], [2019, 27]]),
      p('Första värdet är 27 % år 2012 och det senaste 27 % år 2019. Högst var 34 % år 2013.'),
    ],
    [
      'falling, but the last value above the first',
      yearly([[2017, 38], [2018, 52], [2019, 30], [2020, 61], [2021, 55], [2022, 50], [2023, 46], [2024, 44], [2025, 41]]),
      p('Första värdet är 38 % år 2017 och det senaste 41 % år 2025. Högst var 61 % år 2020 och lägst 30 % år 2019.'),
    ],
    ['highest and lowest more than once', { ...yearly([[2012, 5], [2013, 9], [2014, 3], [2015, 9], [2016, 3], [2017, 6]]), unit: 'antal' }, 'Första värdet är 5 år 2012 och det senaste 6 år 2017. Högst var 9 år 2013 och 2015. Lägst var 3 år 2014 och 2016.'],
    ['highest four times', { ...yearly([[2012, 5], [2013, 9], [2014, 9], [2015, 9], [2016, 9], [2017, 6]]), unit: 'antal' }, 'Första värdet är 5 år 2012 och det senaste 6 år 2017. Högst var 9, senast år 2016.'],
    ['other unit', get('very-large'), p(`Första värdet är 980${NNBSP}000 kr år 2018 och det senaste 1${NNBSP}190${NNBSP}500 kr år 2022. Högst var 1${NNBSP}234${NNBSP}567 kr år 2020. Målvärdet är 900${NNBSP}000 kr år 2025.`)],
    [
      'tertial',
      get('tertial'),
      p('Första värdet är 7,1 % under tertial 1 2021 och det senaste 6,6 % under tertial 3 2023. Högst var 8,4 % under tertial 1 2022 och lägst 5,9 % under tertial 2 2023. Målvärdet är 6 % år 2024.'),
    ],
    [
      'month, seasonal',
      get('month'),
      `Första värdet är 2${NNBSP}110 i januari 2023 och det senaste 2${NNBSP}310 i april 2024. Högst var 2${NNBSP}700 i november 2023 och lägst 1${NNBSP}105 i juli 2023. Värde saknas för mars 2024.`,
    ],
    [
      'gender',
      get('gender'),
      p('Totalt är första värdet 70 % år 2016 och det senaste 73,4 % år 2022. Senaste värdet för kvinnor är 72,9 % och för män 73,8 %. Målvärdet är 76 % år 2030.'),
    ],
    [
      'gender, different latest periods',
      {
        ...base,
        series: [series('T', 'year', [[2021, 60], [2022, 62]]), series('K', 'year', [[2021, 61], [2022, null]]), series('M', 'year', [[2021, 59], [2022, 63]])],
      },
      p('Totalt är första värdet 60 % år 2021 och det senaste 62 % år 2022. Senaste värdet för kvinnor är 61 % år 2021 och för män 63 % år 2022.'),
    ],
    ['rank: the worst placing in between', get('rank'), p('Första värdet är plats 30 år 2015 och det senaste plats 22 år 2021. Sämsta placeringen var plats 41 år 2016. Målvärdet är plats 10 år 2025.')],
    [
      'rank: best and worst in between',
      { ...get('rank'), target: null, series: [series('T', 'year', [[2014, 25], [2015, 19], [2016, 41], [2017, 30]])] },
      p('Första värdet är plats 25 år 2014 och det senaste plats 30 år 2017. Bästa placeringen var plats 19 år 2015 och sämsta plats 41 år 2016.'),
    ],
    ['rank: two values', { ...get('rank'), target: null, series: [series('T', 'year', [[2019, 12], [2020, 19]])] }, p('Första värdet är plats 12 år 2019 och det senaste plats 19 år 2020.')],
    ['target before the data', get('target-before-data'), p('Första värdet är 41 % år 2018 och det senaste 55 % år 2022. Målvärdet är 50 % år 2015.')],
    ['missing at the end', yearly([[2019, 10], [2020, 12], [2021, null], [2022, null]]), p('Första värdet är 10 % år 2019 och det senaste 12 % år 2020. Värden saknas för 2021 och 2022.')],
    [
      'one missing month',
      { ...get('month'), series: [series('T', 'month', [[2025, 6, 1], [2025, 7, null], [2025, 8, 3]])] },
      'Första värdet är 1 i juni 2025 och det senaste 3 i augusti 2025. Värde saknas för juli 2025.',
    ],
    [
      'three missing tertials',
      { ...get('tertial'), target: null, series: [series('T', 'tertial', [[2022, 1, 5], [2022, 2, null], [2022, 3, null], [2023, 1, null], [2023, 2, 6]])] },
      p('Första värdet är 5 % under tertial 1 2022 och det senaste 6 % under tertial 2 2023. Värden saknas för tertial 2 2022, tertial 3 2022 och tertial 1 2023.'),
    ],
    [
      'more than three missing',
      { ...get('month'), series: [series('T', 'month', [[2025, 1, 1], [2025, 2, null], [2025, 3, null], [2025, 4, 3], [2025, 5, null], [2025, 6, null], [2025, 7, 5]])] },
      'Första värdet är 1 i januari 2025 och det senaste 5 i juli 2025. 4 perioder saknar värde.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(summarizeChart(input)).toBe(expected);
  });

  test('never judges the development: no trend verbs', () => {
    for (const input of Object.values(CASES)) expect(summarizeChart(input)).not.toMatch(/ökade|minskade|oförändra|förbättra|försämra/);
  });
});

test('a share axis stops at 100 % even when the values come close to it', () => {
  const input: ChartInput = { ...base, unit: 'procent', series: [series('T', 'year', [[2017, 80], [2019, 88], [2021, 93], [2023, 96.4], [2025, 98.2]])], target: { value: 98, year: 2025 } };
  for (const svg of [renderChart(input), renderChart(input, { width: 360, height: 300 })]) {
    const ticks = [...svg.matchAll(/class="chart-text chart-tick"[^>]*dominant-baseline="central"[^>]*>([^<]+)</g)].map((m) => Number(m[1]!.replace(',', '.').replace(/\s/g, '')));
    expect(Math.max(...ticks)).toBeLessThanOrEqual(100);
  }
});
