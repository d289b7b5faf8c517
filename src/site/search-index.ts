/**
 * Writes the search index after the build: Pagefind reads the built pages in `dist/` and writes
 * `dist/pagefind/`, which the search page loads in the browser. Only each page's `<main>` that is
 * marked `data-pagefind-body` is indexed (not the menus and footers every page repeats, nor the
 * search page and the 404 page), as Swedish, so that words are stemmed the Swedish way ("skolor"
 * finds "skola"). The numbers in an indicator's tables and the text drawn in its charts are left
 * out (EXCLUDED): a search for "2019" or "12,5" would find every indicator, and they were a third
 * of the index and of Pagefind's memory. The chart's summary in words and the notes stay in.
 *
 * A failure stops the build with a message: a site whose search box finds nothing would be broken
 * without anyone noticing.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseMemory } from './memory.ts';

/** Where the index goes, below the site's root: the search page loads `/pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** What is not indexed: the value tables' periods and numbers (class "values"), and the charts' drawing. */
export const EXCLUDED = ['table.values td.num', 'table.values th[scope="row"]', '.chart-wide', '.chart-narrow'];

export function searchIndex(): AstroIntegration {
  return {
    name: 'oppen-maluppfoljning:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Pagefind's process comes on top of this one: this one's garbage goes first (memory.ts).
        releaseMemory();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'sv', excludeSelectors: EXCLUDED });
        try {
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: root });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(root, SEARCH_INDEX_DIR) });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`Sökindex för ${added.page_count} sidor skrivet till ${SEARCH_INDEX_DIR}/.`);
        } catch (error) {
          throw new Error(`Sökindexet kunde inte skrivas (Pagefind): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
