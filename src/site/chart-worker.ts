/**
 * A worker thread that makes indicators' chart markup during a build (chart-file.ts starts it):
 * the charts were the largest share of the site's own work on the main thread, which is the one
 * that renders every page, while the other cores waited. It answers each batch of jobs with their
 * results, and stops when the main thread lets it go.
 */
import { parentPort } from 'node:worker_threads';
import { chartMarkup, type ChartJob } from './chart-markup.ts';

parentPort?.on('message', (jobs: ChartJob[]) => parentPort?.postMessage(jobs.map(chartMarkup)));
