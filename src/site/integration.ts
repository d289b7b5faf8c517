/**
 * Stops the build before any page is made when a staff-written file has a problem, and prints
 * every problem in Swedish. Astro's own loaders only log parser errors; this makes them fatal.
 * It also stops a build whose data catalogue would be invalid, and says what the catalogue lacks:
 * the same validation as `npm run check` (`validateProject`), with the site's address from the config.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { dcatRecommendations } from '../lib/dcat.ts';
import { formatReport } from '../lib/problems.ts';
import { validateProject } from '../lib/validate.ts';

export function validation({ contentRoot }: { contentRoot: string }): AstroIntegration {
  const root = resolve(contentRoot);
  return {
    name: 'oppen-maluppfoljning:validation',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const { project, problems, fileCount } = validateProject(root, config.site);
        if (problems.length || !project) {
          const report = formatReport(problems, fileCount);
          if (command === 'build') {
            // A stack trace would only hide the message from the staff member who must act on it.
            process.stderr.write(`\nBygget stoppades: innehållet har fel. Inget publiceras.\n\n${report}\n`);
            process.exit(1);
          }
          logger.error(`\n${report}`);
        } else {
          logger.info(formatReport([], fileCount));
          for (const advice of dcatRecommendations(project.settings)) logger.warn(advice);
          if (!process.env.SITE_URL && command === 'build')
            logger.warn('SITE_URL är inte satt: länkarna i datakatalogen, flödet och citaten pekar på en platshållaradress. Sätt SITE_URL till webbplatsens adress vid publicering.');
        }
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_ROOT': JSON.stringify(root) } } });
      },
    },
  };
}
