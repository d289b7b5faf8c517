/**
 * Keeps a large build's memory down after Astro has written the site. V8 lets garbage pile up
 * while there is room, and keeps the pages it grew into: for a thousand indicators, the main
 * process holds about 900 MB once every page is written, of which about 200 MB is still in use.
 * Reading the whole site back (the `_headers` policy, the reconciliation) then grew it past 1 GB,
 * and Pagefind's own process came on top of that.
 *
 * - `releaseMemory` compacts the heap and hands the empty pages back to the system (about 0.3 s):
 *   once when the pages are written, and again before Pagefind starts.
 * - `readBack` reads built files and collects the garbage of what it read every 64 MB (about
 *   0.1 s each), so that reading everything back does not grow the heap again.
 *
 * Node offers the collector only behind a flag; the flag is set for this process and the function
 * taken from a fresh context, so no page or library sees a global `gc`.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor?: 'last-resort' }) => void;

let collector: Collect | null | undefined;

function collect(flavor?: 'last-resort'): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as Collect;
    } catch {
      collector = null; // a runtime without the flag: the build only keeps more memory
    }
  }
  collector?.({ type: 'major', execution: 'sync', ...(flavor && { flavor }) });
}

/** A full collection that compacts the heap and returns its empty pages to the system. */
export const releaseMemory = (): void => collect('last-resort');

/** How much text is read back between two collections. */
const READ_BETWEEN_COLLECTIONS = 64 * 1024 * 1024;

/** A reader of built files (UTF-8 text) that collects the garbage of what it read every 64 MB. */
export function readBack(): (file: string) => string {
  let read = 0;
  return (file) => {
    const text = readFileSync(file, 'utf8');
    read += text.length;
    if (read > READ_BETWEEN_COLLECTIONS) {
      collect();
      read = 0;
    }
    return text;
  };
}
