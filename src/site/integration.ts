/**
 * Stops the build before any page is made when a staff-written file has a problem, and prints
 * every problem in Swedish. Astro's own loaders only log parser errors; this makes them fatal.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadProject } from '../lib/project.ts';
import { formatReport } from '../lib/problems.ts';

export function validation({ contentRoot }: { contentRoot: string }): AstroIntegration {
  const root = resolve(contentRoot);
  return {
    name: 'oppen-maluppfoljning:validation',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const { problems, fileCount } = loadProject(root);
        if (problems.length) {
          const report = formatReport(problems, fileCount);
          if (command === 'build') {
            // A stack trace would only hide the message from the staff member who must act on it.
            process.stderr.write(`\nBygget stoppades: innehållet har fel. Inget publiceras.\n\n${report}\n`);
            process.exit(1);
          }
          logger.error(`\n${report}`);
        } else {
          logger.info(formatReport([], fileCount));
        }
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_ROOT': JSON.stringify(root) } } });
      },
    },
  };
}
