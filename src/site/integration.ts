/**
 * Loads the project once, before any page is made, and stops a build when a staff-written file
 * has a problem, printing every problem in Swedish (a stack trace would only hide the message from
 * the staff member who must act on it). In `npm run dev` it watches `content/` and `data/`: after
 * each change it loads the files once, prints the report once (or one line saying the files are
 * valid again), refreshes the content collections and reloads the browser.
 */
import { join, resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { dcatRecommendations } from '../lib/export/catalogue-settings.ts';
import { formatReport } from '../lib/problems.ts';
import { configureStore, invalidate, loaded } from './store.ts';

/** The content loader's name, for `refreshContent`. */
export const LOADER_NAME = 'oppen-maluppfoljning';

export function validation({ contentRoot }: { contentRoot: string }): AstroIntegration {
  const root = resolve(contentRoot);
  const watched = [join(root, 'content'), join(root, 'data')];
  let logger: AstroIntegrationLogger;
  return {
    name: 'oppen-maluppfoljning:validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger: l }) => {
        logger = l;
        configureStore({ root, site: config.site });
        const { site, problems, fileCount, warnings } = loaded();
        if (!site) {
          const report = formatReport(problems, fileCount);
          if (command === 'build') {
            process.stderr.write(`\nBygget stoppades: innehållet har fel. Inget publiceras.\n\n${report}\n`);
            process.exit(1);
          }
          logger.error(`\n${report}`);
          return;
        }
        logger.info(formatReport([], fileCount));
        for (const w of warnings) logger.warn(w);
        for (const advice of dcatRecommendations(site.exports.project.settings)) logger.warn(advice);
        if (!process.env.SITE_URL && command === 'build')
          logger.warn('SITE_URL är inte satt: länkarna i datakatalogen, flödet och citaten pekar på en platshållaradress. Sätt SITE_URL till webbplatsens adress vid publicering.');
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        let hadProblems = loaded().problems.length > 0;
        const reload = async () => {
          invalidate();
          const { problems, fileCount } = loaded();
          if (problems.length) logger.error(`\n${formatReport(problems, fileCount)}`);
          else if (hadProblems) logger.info(`Felen är rättade. ${formatReport([], fileCount)}`);
          hadProblems = problems.length > 0;
          await refreshContent?.({ loaders: [LOADER_NAME] });
          server.environments.client.hot.send({ type: 'full-reload' });
        };
        server.watcher.on('all', (_event, path) => {
          if (!watched.some((dir) => path.startsWith(dir))) return;
          // An editor's save is often several events (write, rename, chmod): load once for them all.
          clearTimeout(timer);
          timer = setTimeout(() => void reload().catch((e: unknown) => logger.error(String(e))), 100);
        });
      },
    },
  };
}
