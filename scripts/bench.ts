/**
 * Timings that matter to staff and CI, kept out of the tests: how long `npm run check` takes on
 * the shipped content, and how long computing every assessment takes.
 * Usage: node scripts/bench.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { buildOverview } from '../src/lib/overview.ts';
import { loadProject, readProjectFiles } from '../src/lib/project/index.ts';
import { buildDate } from '../src/site/store.ts';

const runs = Number(process.argv[2] ?? 20);
const time = (fn: () => void) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, max: samples[runs - 1]! };
};

const { project, fileCount } = loadProject(readProjectFiles(process.cwd()));
if (!project) throw new Error('the shipped content has problems: run npm run check');
const load = time(() => loadProject(readProjectFiles(process.cwd())));
const overview = time(() => buildOverview(project, buildDate()));
console.log(`validate ${fileCount} files: median ${load.median.toFixed(1)} ms, max ${load.max.toFixed(1)} ms`);
console.log(`assess ${project.indicators.length} indicators and ${project.followUps.length} follow-ups: median ${overview.median.toFixed(1)} ms, max ${overview.max.toFixed(1)} ms`);
