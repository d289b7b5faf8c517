/** The rendered Markdown body of a staff-written file, from the content collections. */
import { getEntry, render, type CollectionKey } from 'astro:content';

/** A component that renders the body, or nothing (a file whose body is empty renders nothing either way). */
export async function body(collection: CollectionKey, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) return () => null;
  return (await render(entry)).Content;
}
