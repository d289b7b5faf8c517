/**
 * Content collections over the same files and schemas as `src/lib/project.ts`. Validation and
 * cross-checks happen once, in the validation integration, before this runs; the collections
 * exist so that Astro renders each file's Markdown body.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { loadProject, type Entry, type Project } from './lib/project.ts';
import { accessibilitySchema } from './lib/schemas/accessibility.ts';
import { childRightsSchema } from './lib/schemas/child-rights.ts';
import { decisionSchema } from './lib/schemas/decision.ts';
import { followUpSchema } from './lib/schemas/follow-up.ts';
import { goalSchema, programmeSchema, subgoalSchema } from './lib/schemas/goal.ts';
import { indicatorSchema } from './lib/schemas/indicator.ts';

let project: Project | null = null;
function getProject(): Project {
  project ??= loadProject(resolve(process.env.CONTENT_ROOT ?? '.')).project;
  if (!project) throw new Error('Innehållet har fel: kör npm run check för att se dem.');
  return project;
}

function projectLoader(pick: (p: Project) => readonly Entry<unknown>[]): Loader {
  return {
    name: 'oppen-maluppfoljning',
    load: async ({ store, renderMarkdown }) => {
      store.clear();
      for (const e of pick(getProject()))
        store.set({ id: e.id, data: e.data as Record<string, unknown>, body: e.body, filePath: e.file, rendered: await renderMarkdown(e.body) });
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
