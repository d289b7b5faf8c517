/**
 * The child process that renders chart PNGs during a build (png-process.ts starts it): it answers
 * each `{ id, svg, width }` with `{ id, png }` or `{ id, error }`, several at a time as asked, and
 * ends when its parent lets it go.
 */
import sharp from 'sharp';
import { svgToPng } from '../lib/png.ts';

// As in the main process (png-cache.ts): nothing kept for reuse, one libvips thread per picture.
sharp.cache(false);
sharp.concurrency(1);

process.on('message', (job: { id: number; svg: string; width: number }) => {
  svgToPng(job.svg, job.width).then(
    (png) => process.send?.({ id: job.id, png }),
    (error: unknown) => process.send?.({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
