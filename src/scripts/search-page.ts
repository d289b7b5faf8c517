/**
 * The search page (`/sok/`), with JavaScript: searches the Pagefind index the build wrote to
 * `/pagefind/` as the visitor types, and lists the pages found with an excerpt. Without
 * JavaScript the page offers the static lists instead (its markup says so).
 *
 * Pagefind runs its search in WebAssembly (in a worker when it can), so a Content Security Policy
 * must allow `'wasm-unsafe-eval'` in `script-src`; everything it loads is from this site.
 */
import { excerptParts, searchResultWords, SHOWN_RESULTS } from '../lib/search-words.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

let pagefind: Promise<Pagefind> | null = null;

/** Loads Pagefind once; the address is built at run time so the bundler leaves it alone. */
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

function resultItem(r: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const p = document.createElement('p');
  p.className = 'small';
  for (const part of excerptParts(r.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  li.append(a, p);
  return li;
}

async function run(query: string): Promise<void> {
  if (!status || !list) return;
  if (query.trim() === '') {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  try {
    const pf = await load();
    const search = await pf.debouncedSearch(query, {}, 250);
    // null: a newer search has replaced this one.
    if (search === null) return;
    const shown = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((r) => r.data()));
    list.replaceChildren(...shown.map(resultItem));
    status.textContent = searchResultWords(search.results.length, query);
    history.replaceState(null, '', `?q=${encodeURIComponent(query.trim())}`);
  } catch {
    // No index (the development server has none), or the browser refused to run it.
    list.replaceChildren();
    status.textContent = 'Sökningen gick inte att starta. Använd listorna nedan.';
  }
}

if (form && input) {
  // The form is hidden in the markup: without this script it could not search.
  form.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
