/** The search page's words: what a search found, said once in the live region after each search. */

/** How many results the page lists; the words say so when there are more. */
export const SHOWN_RESULTS = 20;

/** "Inga träffar för ”buss”.", "1 träff för ”buss”.", "34 träffar för ”skola”. De 20 första visas." */
export function searchResultWords(count: number, query: string): string {
  const q = `”${query.trim()}”`;
  if (count === 0) return `Inga träffar för ${q}. Pröva ett annat ord, eller använd listorna nedan.`;
  if (count === 1) return `1 träff för ${q}.`;
  return `${count} träffar för ${q}.${count > SHOWN_RESULTS ? ` De ${SHOWN_RESULTS} första visas.` : ''}`;
}

/**
 * An excerpt from the search index as text and marked parts: Pagefind marks the words found with
 * `<mark>`; everything else is shown as plain text, never as markup.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return m ? { text: decode(m[1]!), mark: true } : { text: decode(part.replace(/<[^>]*>/g, '')), mark: false };
    });
}
