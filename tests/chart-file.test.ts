/**
 * The charts a build makes in a worker thread must be the ones the pages would make themselves,
 * to the byte: a difference would show as a page or file that changes with the machine's timing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasData } from '../src/lib/export/context.ts';
import { chartFile, chartPng, configureChartPngs, inlineCharts, prepareCharts, standaloneChart } from '../src/site/chart-file.ts';
import { inlineChartMarkup } from '../src/site/chart-markup.ts';
import { svgToPng } from '../src/lib/png.ts';
import { configureStore, getSite } from '../src/site/store.ts';
import { VALID_FIXTURE } from './helpers/fixture.ts';

describe('charts made in a worker thread', () => {
  let made = 0;
  beforeAll(async () => {
    configureStore({ root: VALID_FIXTURE, site: 'https://test.example' });
    configureChartPngs(null);
    made = await prepareCharts();
  });
  afterAll(() => configureChartPngs(null));

  const views = () => getSite().overview.indicators.filter((v) => hasData(v.indicator));

  test('the worker makes the charts of every indicator with data', () => {
    expect(views().length).toBeGreaterThan(0);
    expect(made).toBe(views().length);
  });

  test("the page's inline charts are the ones made on the page's own thread", () => {
    for (const v of views()) expect(inlineCharts(v.chart)).toEqual(inlineChartMarkup(v.chart));
  });

  test('the chart file is the standalone SVG made on this thread, with title and licence drawn in', () => {
    for (const v of views()) {
      expect(chartFile(v)).toBe(standaloneChart(v));
      expect(chartFile(v)).toContain(v.indicator.data.title.slice(0, 20));
    }
  });

  test('the PNG rendered in the background is the one svgToPng makes from the chart file', async () => {
    for (const v of views()) expect(Buffer.from(await chartPng(v)).equals(await svgToPng(chartFile(v), 1200))).toBe(true);
  });
});
