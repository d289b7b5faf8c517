/**
 * Content collections over the project the validation integration loaded (`site/store.ts`): they
 * exist so that Astro renders each file's Markdown body. Nothing is read or validated again here;
 * in `npm run dev` the integration refreshes them when a file changes.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import type { Entry, Project } from './lib/model.ts';
import { LOADER_NAME } from './site/integration.ts';
import { getSite, hasSite } from './site/store.ts';

function projectLoader(pick: (p: Project) => readonly Entry<unknown>[]): Loader {
  return {
    name: LOADER_NAME,
    load: async ({ store, renderMarkdown }) => {
      // `npm run dev` started with a mistake in the files: nothing to render until it is fixed
      // (the integration refreshes the collections then); every page shows the problems meanwhile.
      if (!hasSite()) return;
      const project = getSite().exports.project;
      store.clear();
      for (const e of pick(project)) store.set({ id: e.id, data: {}, body: e.body, filePath: e.file, rendered: await renderMarkdown(e.body) });
    },
  };
}

export const collections = {
  programme: defineCollection({ loader: projectLoader((p) => [p.programme]) }),
  accessibility: defineCollection({ loader: projectLoader((p) => [p.accessibility]) }),
  goals: defineCollection({ loader: projectLoader((p) => p.goals) }),
  subgoals: defineCollection({ loader: projectLoader((p) => p.subgoals) }),
  decisions: defineCollection({ loader: projectLoader((p) => p.decisions) }),
  childRights: defineCollection({ loader: projectLoader((p) => p.childRights) }),
  followUps: defineCollection({ loader: projectLoader((p) => [...p.followUps, ...p.extraFollowUps]) }),
  indicators: defineCollection({ loader: projectLoader((p) => p.indicators) }),
  activities: defineCollection({ loader: projectLoader((p) => p.activities) }),
};
