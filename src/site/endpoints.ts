/** Shared pieces of the endpoints: the indicator or goal a route names, and typed responses. */
import type { GoalView, IndicatorView } from '../lib/overview.ts';
import { getSite } from './store.ts';

/**
 * The indicator a route's `id` names, from the current load (not from props, which `npm run dev`
 * would keep from before an edit); a 404 response when there is none.
 */
export function withIndicator(id: string | undefined, make: (v: IndicatorView) => Response | Promise<Response>): Response | Promise<Response> {
  const view = id === undefined ? undefined : getSite().overview.byId.get(id);
  return view ? make(view) : new Response('Indikatorn finns inte.', { status: 404 });
}

/** Every goal's route (`/mal/1/` …): one per goal of the current load. */
export function pathsForAllGoals() {
  return getSite().overview.goals.map((g) => ({ params: { n: String(g.entry.data.number) } }));
}

/** The goal a route's `n` names, from the current load; undefined when there is none (the page answers 404). */
export const goalOf = (n: string | undefined): GoalView | undefined => getSite().overview.goals.find((g) => String(g.entry.data.number) === n);

export const respond = (body: string | Uint8Array, type: string) => new Response(body as BodyInit, { headers: { 'Content-Type': type } });
export const CSV = 'text/csv; charset=utf-8';
