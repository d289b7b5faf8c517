/**
 * Loads the project once, before any page is made, and stops a build when a staff-written file
 * has a problem, printing every problem in Swedish (a stack trace would only hide the message from
 * the staff member who must act on it). Warnings and drafts are printed and never stop it. In
 * `npm run dev` it watches `content/` and `data/`: after each change it loads the files once,
 * prints the report once (or one line saying the files are valid again, or the warnings when they
 * changed), refreshes the content collections and reloads the browser, where every page shows the
 * problems at the top (`DevProblems.astro`), or a page of problems while there has been no
 * version without mistakes to show. And it ends the preview when whatever started it is gone.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { dcatRecommendations } from '../lib/export/catalogue-settings.ts';
import { draftLine } from '../lib/check.ts';
import type { Project } from '../lib/model.ts';
import { formatProblems, formatReport, type Problem } from '../lib/problems.ts';
import { readProjectFiles } from '../lib/project/index.ts';
import { reconcile } from '../lib/reconcile.ts';
import { devProblemsPage } from './dev-problems.ts';
import { readBack } from './memory.ts';
import { headersFile, mergePolicies, policyInPage } from './security.ts';
import { configureStore, hasSite, invalidate, loaded, type Loaded } from './store.ts';

/** The report of a load: its errors and warnings, as the terminal shows them. */
const reportOf = ({ problems, warnings, fileCount }: Loaded): string => formatReport([...problems, ...warnings], fileCount);

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
        configureStore({ root, site: config.site, devServer: command === 'dev' });
        const { site, warnings, drafts, notices } = loaded();
        const report = reportOf(loaded());
        if (!site) {
          if (command === 'build') {
            process.stderr.write(`\nBygget stoppades: innehållet har fel. Inget publiceras.\n\n${report}\n`);
            process.exit(1);
          }
          logger.error(`\n${report}`);
          return;
        }
        if (warnings.length) logger.warn(`\n${report}`);
        else logger.info(report);
        for (const d of drafts) logger.info(draftLine(d));
        for (const n of notices) logger.warn(n);
        for (const advice of dcatRecommendations(site.exports.project.settings)) logger.warn(advice);
        if (!process.env.SITE_URL && command === 'build')
          logger.warn('SITE_URL är inte satt: länkarna i datakatalogen, flödet och citaten pekar på en platshållaradress. Sätt SITE_URL till webbplatsens adress vid publicering.');
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        // Everything written is read back from here on, collecting as it goes (memory.ts).
        const read = readBack();
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        // The header policy for hosts that read _headers: the pages' own, with every page's hashes.
        writeFileSync(join(out, '_headers'), headersFile(mergePolicies(pages.map((f) => policyInPage(headOf(join(out, f)))))));
        const { site, fileCount } = loaded();
        const problems = site ? reconcileWritten(out, root, site.exports.project, read) : [];
        if (problems.length) {
          // Half a site is worse than the old one: what was written goes, as for a staff member's mistake.
          rmSync(out, { recursive: true, force: true });
          process.stderr.write(`\nBygget stoppades: sidorna och nedladdningarna stämmer inte med datafilerna. Inget publiceras.\n\n${formatReport(problems, fileCount)}\n`);
          process.exit(1);
        }
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        server.watcher.add(watched);
        // Pages and downloads need a site to show; until the files have been without mistakes
        // once, a page is the list of problems and a download the report, instead of Astro's error
        // overlay and a stack trace. Vite's own requests (/@vite/client …) pass.
        server.middlewares.use((req, res, next) => {
          if (hasSite() || /^\/(@|node_modules\/|src\/)/.test(req.url ?? '/')) return next();
          res.statusCode = 500;
          if ((req.headers.accept ?? '').includes('text/html')) {
            res.setHeader('content-type', 'text/html; charset=utf-8');
            res.end(devProblemsPage(loaded()));
          } else {
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(`Innehållet har fel:\n\n${reportOf(loaded())}\n`);
          }
        });
        // `npm run dev` runs astro through a shell, and npm passes a stop signal only to the shell:
        // astro would go on serving, orphaned. When the process that started it is gone, stop too.
        const parent = process.ppid;
        setInterval(() => {
          if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
        }, 500).unref();
        let timer: NodeJS.Timeout | undefined;
        let hadProblems = loaded().problems.length > 0;
        let lastWarnings = formatProblems(loaded().warnings);
        const reload = async () => {
          invalidate();
          const { problems, warnings } = loaded();
          const report = reportOf(loaded());
          // Warnings are said again only when they change, so an edit that adds one is never missed.
          const newWarnings = formatProblems(warnings) !== lastWarnings;
          if (problems.length) logger.error(`\n${report}`);
          else if (hadProblems) logger.info(`Felen är rättade.\n${report}`);
          else if (newWarnings) logger.warn(`\n${report}`);
          hadProblems = problems.length > 0;
          lastWarnings = formatProblems(warnings);
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

/** A page's `<head>`, where its policy is: a fraction of the whole page, which is not needed here. */
function headOf(file: string): string {
  const bytes = readFileSync(file);
  const end = bytes.indexOf('</head>');
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}

/**
 * Reconciles what a build wrote to `out` with the data files under `root` (src/lib/reconcile.ts):
 * read back from disk, so that what is checked is what would be published (with `read`: the
 * build's reader, which keeps memory down).
 */
export function reconcileWritten(out: string, root: string, project: Project, read: (file: string) => string = (f) => readFileSync(f, 'utf8')): Problem[] {
  return reconcile(
    project,
    readProjectFiles(root),
    (path) => {
      const file = join(out, path);
      return existsSync(file) ? read(file) : null;
    },
    (path) => existsSync(join(out, path)),
  );
}
