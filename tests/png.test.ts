import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ChartInput } from '../src/lib/chart/index.ts';
import { renderChart, renderSparkline, renderStandaloneSvg } from '../src/lib/chart/index.ts';
import { makePeriod } from '../src/lib/period.ts';
import { svgToPng } from '../src/lib/png.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const input: ChartInput = {
  id: 'png',
  title: 'Andel elever med gymnasieexamen inom 4 år',
  unit: 'procent',
  kind: 'year',
  series: [
    {
      gender: 'T',
      points: [
        { period: makePeriod('year', 2020, 0), value: 62 },
        { period: makePeriod('year', 2021, 0), value: null },
        { period: makePeriod('year', 2022, 0), value: 66.5 },
        { period: makePeriod('year', 2023, 0), value: 71 },
      ],
    },
  ],
  target: { value: 75, year: 2026 },
};
const meta = { source: 'Källa: Kolada (RKA)', licence: 'CC BY 4.0', url: 'https://vaggeryd.example/mal/png', example: true };

describe('svgToPng', () => {
  test('renders a standalone chart to a PNG of the requested width', async () => {
    const buf = await svgToPng(renderStandaloneSvg(input, meta));
    expect(buf.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const m = await sharp(buf).metadata();
    expect(m.format).toBe('png');
    expect(m.width).toBe(1200);
    expect(m.height).toBe(675); // 960 × 540 keeps 16:9
  });

  test('other widths keep the aspect ratio', async () => {
    const m = await sharp(await svgToPng(renderStandaloneSvg(input, meta), 640)).metadata();
    expect([m.width, m.height, m.format]).toEqual([640, 360, 'png']);
  });

  test('draws something: the picture is not blank', async () => {
    const buf = await svgToPng(renderStandaloneSvg(input, meta), 480);
    const { channels } = await sharp(buf).stats();
    // A white image has no spread in any channel; the chart has dark text and blue lines.
    expect(channels[0]?.min).toBeLessThan(100);
    expect(channels[2]?.max).toBe(255);
  });

  test('works for the inline chart and the sparkline too', async () => {
    for (const svg of [renderChart(input).replace('width="100%"', 'width="600"'), renderSparkline(input)]) {
      const m = await sharp(await svgToPng(svg, 300)).metadata();
      expect([m.width, m.format]).toEqual([300, 'png']);
    }
  });

  test('rejects a width that is not a positive integer', async () => {
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 0)).rejects.toThrow(RangeError);
  });
});
