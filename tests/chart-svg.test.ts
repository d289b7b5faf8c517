import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ChartInput } from '../src/lib/chart/index.ts';
import { renderChart, renderSparkline, renderStandaloneSvg, summarizeChart } from '../src/lib/chart/index.ts';
import { num, pathD } from '../src/lib/chart/svg.ts';
import { xmlAttr } from '../src/lib/xml.ts';
import { base, CASES, COMPACT, get, N15428, N15428_COMPARED, N15428_FAR, NBSP } from './helpers/chart-cases.ts';
import { byClass, checkWellFormed, elements, prettySvg } from './helpers/svg.ts';

const root = (svg: string) => elements(svg)[0]!;

describe('file snapshots, pretty-printed one element a line', () => {
  test.each(Object.keys(CASES))('the chart for %s', async (name) => {
    const svg = renderChart(get(name));
    checkWellFormed(svg);
    await expect(prettySvg(svg)).toMatchFileSnapshot(`./__snapshots__/chart/${name}.svg`);
  });

  test('the compact variant for narrow screens', async () => {
    await expect(prettySvg(renderChart(get('gender'), COMPACT))).toMatchFileSnapshot('./__snapshots__/chart/gender-narrow.svg');
  });

  test('the compact variant with comparison lines and their key', async () => {
    await expect(prettySvg(renderChart(N15428_COMPARED, COMPACT))).toMatchFileSnapshot('./__snapshots__/chart/comparisons-narrow.svg');
  });

  test('sparklines', async () => {
    const all = ['typical-yearly', 'gaps', 'rank', 'one-value', 'all-missing'].map((n) => prettySvg(renderSparkline(get(n)))).join('\n');
    await expect(all).toMatchFileSnapshot('./__snapshots__/chart/sparklines.svg.txt');
  });

  test('a standalone file with comparison lines', async () => {
    const svg = renderStandaloneSvg(N15428_COMPARED, { source: 'Källa: Kolada, bearbetning Vaggeryds kommun', licence: 'CC0 1.0 Universell', url: 'https://example.org/indikatorer/N15428/', example: false });
    checkWellFormed(svg);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/chart/standalone-comparisons.svg');
  });

  test('a standalone file', async () => {
    const svg = renderStandaloneSvg(get('gender'), { source: 'Källa: Kolada (RKA) & SCB', licence: 'CC BY 4.0', url: 'https://example.org/mal/gender?a=1&b=2', example: true });
    checkWellFormed(svg);
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/chart/standalone-gender.svg');
  });

  test('the charts themselves are written on one line', () => {
    expect(renderChart(get('gender'))).not.toContain('\n');
    expect(renderSparkline(get('gender'))).not.toContain('\n');
  });
});

describe('renderChart', () => {
  test('is deterministic', () => {
    for (const input of Object.values(CASES)) {
      expect(renderChart(input)).toBe(renderChart(structuredClone(input)));
      expect(renderSparkline(input)).toBe(renderSparkline(structuredClone(input)));
    }
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

  test.each(Object.keys(CASES))('%s is an image labelled by its title and its summary', (name) => {
    const input = get(name);
    const svg = renderChart(input);
    const ids = root(svg).attrs['aria-labelledby']?.split(' ') ?? [];
    expect(ids).toHaveLength(2);
    const [titleId, descId] = ids;
    expect(svg).toContain(`<title id="${titleId}">${xmlAttr(input.title)}</title>`);
    expect(svg).toContain(`<desc id="${descId}">${xmlAttr(summarizeChart(input))}</desc>`);
    expect(root(svg).attrs.role).toBe('img');
  });

  test('ids are unique per chart when the page asks for a prefix', () => {
    expect(root(renderChart(get('gender'), { idPrefix: 'a' })).attrs['aria-labelledby']).toBe('a-title a-desc');
    expect(root(renderChart(get('gender'), { idPrefix: 'b' })).attrs['aria-labelledby']).toBe('b-title b-desc');
  });

  test('scales with its container: viewBox, no fixed pixel size, and the root font size of the layout', () => {
    const { attrs } = root(renderChart(get('typical-yearly')));
    expect(attrs).toMatchObject({ viewBox: '0 0 600 340', width: '100%', 'font-size': '14' });
    expect(attrs.height).toBeUndefined();
    expect(root(renderChart(get('gender'), COMPACT)).attrs['font-size']).toBe('17');
  });

  test('colours only through CSS custom properties', () => {
    const colours = elements(renderChart(get('gender'))).flatMap((e) => [e.attrs.stroke, e.attrs.fill].filter((c) => c !== undefined));
    expect(colours.length).toBeGreaterThan(10);
    for (const c of colours) expect(c).toMatch(/^(none|var\(--chart-[a-z]+, #[0-9a-f]{6}\))$/);
  });

  test('women and men differ from the total by dash pattern as well as colour', () => {
    const svg = renderChart(get('gender'));
    const dash = (cls: string) => byClass(svg, cls)[0]!.attrs['stroke-dasharray'];
    expect(dash('chart-line--total')).toBeUndefined();
    expect(dash('chart-line--women')).toBeTruthy();
    expect(dash('chart-line--men')).toBeTruthy();
    expect(dash('chart-line--women')).not.toBe(dash('chart-line--men'));
  });

  test('the target is a dashed line, a marker and a label; the projection a dotted path', () => {
    const svg = renderChart(get('typical-yearly'));
    expect(byClass(svg, 'chart-target')[0]!.attrs['stroke-dasharray']).toBeTruthy();
    expect(byClass(svg, 'chart-target-marker')).toHaveLength(1);
    expect(byClass(svg, 'chart-target-label')[0]!.text).toBe(`Målvärde 75${NBSP}% (2026)`);
    expect(byClass(svg, 'chart-projection')[0]!.attrs.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  test('the projection has no label of its own; the line and its class stay', () => {
    for (const input of [N15428, N15428_FAR, get('typical-yearly'), get('target-after-data')]) {
      for (const svg of [renderChart(input), renderChart(input, COMPACT)]) {
        expect(svg).not.toContain('Framskrivning');
        expect(svg).not.toContain('chart-projection-label');
        expect(svg).toContain('<path class="chart-projection"');
      }
    }
  });

  test('missing values break the drawn line: one M per stretch', () => {
    expect(byClass(renderChart(get('gaps')), 'chart-line--total')[0]!.attrs.d?.match(/M/g)).toHaveLength(4);
  });

  test('every marker carries its hover text as a <title>', () => {
    const svg = renderChart(get('one-value'));
    const [marker, title] = elements(svg).filter((e) => e.name === 'circle' || (e.name === 'title' && !e.attrs.id));
    expect(marker?.name).toBe('circle');
    expect(title?.text).toBe(`2019: 43,5${NBSP}%`);
    expect(byClass(svg, 'chart-value-label')[0]!.text).toBe(`43,5${NBSP}%`);
  });

  test('the end labels are drawn with the colour of their line', () => {
    const svg = renderChart(get('gender'));
    expect(byClass(svg, 'chart-label--women')[0]).toMatchObject({ text: 'Kvinnor', attrs: { fill: 'var(--chart-women, #b33c00)' } });
    expect(byClass(svg, 'chart-label--total')[0]!.text).toBe('Totalt');
  });

  test('text in the compact chart is at least 12 px when it is drawn 288 px wide (a 320 px screen)', () => {
    for (const [name, input] of Object.entries(CASES)) {
      const svg = renderChart(input, COMPACT);
      const font = Number(root(svg).attrs['font-size']);
      const ems = elements(svg).flatMap((e) => (e.name === 'text' && e.attrs['font-size'] ? [parseFloat(e.attrs['font-size'])] : []));
      expect(Math.min(1, ...ems) * font * (288 / 360), name).toBeGreaterThanOrEqual(12);
    }
  });

  test('with no values, or no series, a small chart that says so', () => {
    for (const input of [get('all-missing'), { ...base, series: [] } satisfies ChartInput]) {
      const svg = renderChart(input);
      expect(root(svg).attrs.class).toBe('chart chart-empty');
      expect(svg).toContain('Inga värden att visa ännu');
      expect(svg).toContain('Det finns inga värden ännu.');
    }
  });

  test('special characters in titles are escaped, apostrophes too', async () => {
    const input: ChartInput = { ...get('typical-yearly'), title: `Skola & förskola: "nöjdhet" <index> för Vaggeryd & Skillingaryd's` };
    const svg = renderChart(input);
    expect(svg).toContain('Skola &amp; förskola: &quot;nöjdhet&quot; &lt;index&gt; för Vaggeryd &amp; Skillingaryd&apos;s');
    checkWellFormed(svg);
    const standalone = renderStandaloneSvg(input, { source: 'A & B <c>', licence: 'CC "BY"', url: 'https://x.se/?a=1&b=2', example: true });
    checkWellFormed(standalone);
    // librsvg rejects SVG that is not well-formed XML.
    const meta = await sharp(Buffer.from(standalone)).metadata();
    expect(meta.width).toBe(960);
  });
});

describe('comparison lines', () => {
  const svg = renderChart(N15428_COMPARED);
  const lines = byClass(svg, 'chart-line--comparison');

  test('are drawn behind everything of the municipality\'s own', () => {
    const order = elements(svg).map((e) => e.attrs.class ?? '');
    const lastComparison = order.lastIndexOf('chart-line chart-line--comparison');
    for (const own of ['chart-target', 'chart-projection', 'chart-line chart-line--total', 'chart-line chart-line--women', 'chart-line chart-line--men'])
      expect(order.indexOf(own), own).toBeGreaterThan(lastComparison);
  });

  test('are thinner and greyer than the municipality\'s lines, each with a dash pattern of its own', () => {
    expect(lines.map((l) => l.attrs.stroke)).toEqual(Array(3).fill('var(--chart-comparison, #636b76)'));
    const width = (e: { attrs: Record<string, string> }) => Number(e.attrs['stroke-width']);
    const ownThinnest = Math.min(...['chart-line--total', 'chart-line--women', 'chart-line--men'].map((c) => width(byClass(svg, c)[0]!)));
    for (const l of lines) expect(width(l)).toBeLessThan(ownThinnest);
    const dashes = [
      ...lines.map((l) => l.attrs['stroke-dasharray']),
      ...['chart-line--women', 'chart-line--men', 'chart-target', 'chart-projection'].map((c) => byClass(svg, c)[0]!.attrs['stroke-dasharray']),
    ];
    expect(lines.every((l) => l.attrs['stroke-dasharray'])).toBe(true);
    expect(new Set(dashes).size).toBe(dashes.length);
  });

  test('carry their area\'s name as hover text and at their end, in their own colour', () => {
    expect(elements(svg).filter((e) => e.name === 'title' && ['Riket', 'Jönköpings län', 'Värnamo'].includes(e.text ?? '')).map((e) => e.text)).toEqual(['Riket', 'Jönköpings län', 'Värnamo']);
    expect(byClass(svg, 'chart-label--comparison').map((l) => [l.text, l.attrs.fill])).toEqual(
      expect.arrayContaining([['Riket', 'var(--chart-comparison, #636b76)'], ['Värnamo', 'var(--chart-comparison, #636b76)']]),
    );
    expect(byClass(svg, 'chart-label--total')[0]!.text).toBe('Vaggeryds kommun');
  });

  test('the key of the compact variant draws each line\'s sample in the line\'s own style', () => {
    const compact = renderChart(N15428_COMPARED, COMPACT);
    const samples = byClass(compact, 'chart-key-line');
    expect(samples.map((l) => l.attrs.class)).toEqual([
      'chart-key-line chart-key-line--total',
      'chart-key-line chart-key-line--women',
      'chart-key-line chart-key-line--men',
      ...Array(3).fill('chart-key-line chart-key-line--comparison'),
    ]);
    expect(samples.slice(3).map((l) => l.attrs['stroke-dasharray'])).toEqual(byClass(compact, 'chart-line--comparison').map((l) => l.attrs['stroke-dasharray']));
    expect(byClass(compact, 'chart-key-text').map((t) => t.text)).toEqual(['Vaggeryds kommun', 'Kvinnor', 'Män', 'Riket', 'Jönköpings län', 'Värnamo']);
    expect(root(compact).attrs.viewBox).not.toBe('0 0 360 300');
  });

  test('a chart with an empty list of comparisons is the same chart, byte for byte', () => {
    for (const input of Object.values(CASES).filter((c) => !c.comparisons)) {
      expect(renderChart({ ...input, comparisons: [], ownLabel: 'Vaggeryds kommun' })).toBe(renderChart(input));
      expect(renderChart({ ...input, comparisons: [] }, COMPACT)).toBe(renderChart(input, COMPACT));
    }
  });
});

describe('renderSparkline', () => {
  test('draws the latest value as a dot and the target as a line', () => {
    const svg = renderSparkline(get('typical-yearly'));
    expect(root(svg).attrs.viewBox).toBe('0 0 120 32');
    expect(byClass(svg, 'chart-latest')).toHaveLength(1);
    expect(byClass(svg, 'chart-target')).toHaveLength(1);
  });

  test.each(Object.keys(CASES))('is decorative for screen readers on %s: the list text states the latest value', (name) => {
    const svg = renderSparkline(get(name));
    const { attrs } = root(svg);
    expect(attrs).toMatchObject({ 'aria-hidden': 'true', focusable: 'false' });
    expect(Object.keys(attrs)).not.toEqual(expect.arrayContaining(['role']));
    expect(Object.keys(attrs).filter((a) => a.startsWith('aria-label'))).toEqual([]);
    expect(svg).not.toMatch(/<title|<desc/);
  });

  test('breaks the line where values are missing too', () => {
    expect(byClass(renderSparkline(get('gaps')), 'chart-line')[0]!.attrs.d?.match(/M/g)).toHaveLength(4);
  });

  test('a reference value has a dash of its own, in the sparkline as in the big chart', () => {
    const political = renderSparkline(get('typical-yearly'));
    const reference = renderSparkline({ ...get('typical-yearly'), target: { value: 75, year: 2026, kind: 'reference' } });
    expect(byClass(reference, 'chart-target--reference')).toHaveLength(1);
    expect(byClass(political, 'chart-target--reference')).toHaveLength(0);
    expect(byClass(reference, 'chart-target')[0]!.attrs['stroke-dasharray']).not.toBe(byClass(political, 'chart-target')[0]!.attrs['stroke-dasharray']);
    const big = renderChart({ ...get('typical-yearly'), target: { value: 75, year: 2026, kind: 'reference' } });
    expect(byClass(big, 'chart-target--reference')).toHaveLength(1);
    expect(byClass(big, 'chart-target-label')[0]!.text).toMatch(/^Referensvärde 75/);
    expect(byClass(renderChart(get('typical-yearly')), 'chart-target-label')[0]!.text).toMatch(/^Målvärde 75/);
  });

  test('with no values, a faint dashed line', () => {
    const svg = renderSparkline(get('all-missing'));
    expect(root(svg).attrs['aria-hidden']).toBe('true');
    expect(byClass(svg, 'chart-grid')[0]!.attrs['stroke-dasharray']).toBeTruthy();
    expect(svg).not.toContain('chart-line');
  });
});

describe('renderStandaloneSvg', () => {
  const meta = { source: 'Källa: Kolada (RKA)', licence: 'CC BY 4.0', url: 'https://vaggeryd.example/mal/a', example: true };

  test('is a complete file with concrete colours, a background and the texts', () => {
    const svg = renderStandaloneSvg(get('gender'), meta);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540"')).toBe(true);
    expect(svg).not.toContain('var(');
    expect(byClass(svg, 'chart-background')[0]!.attrs).toMatchObject({ width: '960', height: '540', fill: '#ffffff' });
    expect(root(svg).attrs['font-family']).toBe('system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, &apos;DejaVu Sans&apos;, sans-serif');
    for (const text of ['Andel invånare 16–84 år med gott allmänt hälsotillstånd', 'Källa: Kolada (RKA)', 'Licens: CC BY 4.0', 'https://vaggeryd.example/mal/a', 'Exempeldata – inte officiell statistik']) {
      expect(svg).toContain(text);
    }
  });

  test('writes the example notice in bold red on the light palette', () => {
    const notice = byClass(renderStandaloneSvg(get('gender'), meta), 'chart-footer').at(-1)!;
    expect(notice).toMatchObject({ text: 'Exempeldata – inte officiell statistik', attrs: { fill: '#9b1c1c', 'font-weight': '700' } });
  });

  test('has no example notice for real data', () => {
    expect(renderStandaloneSvg(get('gender'), { ...meta, example: false })).not.toContain('Exempeldata');
  });

  test('writes a long title on two lines', () => {
    const title = 'Andel elever i årskurs 9 som är behöriga till yrkesprogram på gymnasiet, kommunala skolor, inklusive nyanlända och elever med okänd bakgrund';
    expect(byClass(renderStandaloneSvg({ ...get('typical-yearly'), title }, meta), 'chart-title')).toHaveLength(2);
  });
});

describe('svg primitives', () => {
  test.each([
    [1.234, '1.23'],
    [1.235, '1.24'],
    [-0.001, '0'],
    [120, '120'],
  ])('num(%d) is %s: two decimals at most, never -0', (n, text) => {
    expect(num(n)).toBe(text);
  });

  test('pathD draws each stretch from its own M, and a lone point as a closed dot', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(pathD([[p(0, 0), p(1.006, 2)], [p(3, 4)]])).toBe('M0,0L1.01,2M3,4Z');
  });
});
