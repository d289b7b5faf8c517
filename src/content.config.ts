/**
 * Content collections over the same files and schemas as `src/lib/project.ts`. Validation and
 * cross-checks happen once, in the validation integration, before this runs; the collections
 * exist so that Astro renders each file's Markdown body.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { formatReport } from './lib/problems.ts';
import { loadProject, type Entry, type LoadResult, type Project } from './lib/project.ts';
import { accessibilitySchema } from './lib/schemas/accessibility.ts';
import { childRightsSchema } from './lib/schemas/child-rights.ts';
import { decisionSchema } from './lib/schemas/decision.ts';
import { followUpSchema } from './lib/schemas/follow-up.ts';
import { goalSchema, programmeSchema, subgoalSchema } from './lib/schemas/goal.ts';
import { indicatorSchema } from './lib/schemas/indicator.ts';

const root = resolve(process.env.CONTENT_ROOT ?? '.');
const watched = [join(root, 'content'), join(root, 'data')];

// One read of the files serves all collections; `npm run dev` clears it when a file changes.
let loaded: LoadResult | null = null;
const getLoaded = () => (loaded ??= loadProject(root));

function projectLoader(pick: (p: Project) => readonly Entry<unknown>[]): Loader {
  return {
    name: 'oppen-maluppfoljning',
    load: async ({ store, renderMarkdown, watcher, logger }) => {
      const fill = async () => {
        const { project, problems, fileCount } = getLoaded();
        // In a build the validation integration has already stopped on problems; in dev the
        // report is shown and the last good content stays.
        if (!project) return logger.error(`\n${formatReport(problems, fileCount)}`);
        store.clear();
        for (const e of pick(project))
          store.set({ id: e.id, data: e.data as Record<string, unknown>, body: e.body, filePath: e.file, rendered: await renderMarkdown(e.body) });
      };
      await fill();
      if (!watcher) return;
      watcher.add(watched);
      watcher.on('all', (_event, path) => {
        if (!watched.some((dir) => path.startsWith(dir))) return;
        loaded = null;
        fill().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}

export const collections = {
  programme: defineCollection({ loader: projectLoader((p) => [p.programme]), schema: programmeSchema }),
  accessibility: defineCollection({ loader: projectLoader((p) => [p.accessibility]), schema: accessibilitySchema }),
  goals: defineCollection({ loader: projectLoader((p) => p.goals), schema: goalSchema }),
  subgoals: defineCollection({ loader: projectLoader((p) => p.subgoals), schema: subgoalSchema }),
  decisions: defineCollection({ loader: projectLoader((p) => p.decisions), schema: decisionSchema }),
  childRights: defineCollection({ loader: projectLoader((p) => p.childRights), schema: childRightsSchema }),
  followUps: defineCollection({ loader: projectLoader((p) => p.followUps), schema: followUpSchema }),
  indicators: defineCollection({ loader: projectLoader((p) => p.indicators), schema: indicatorSchema }),
};
