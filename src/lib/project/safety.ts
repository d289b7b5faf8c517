/**
 * Content safety: what staff write is shown on the site as text, links and pictures, never as
 * a program. A `<script>`, an inline event handler (`onclick="…"`), an `<iframe>` or another
 * element that embeds or reconfigures a page, a link to `javascript:` or `data:`, or a picture
 * from another site, is a located problem. Links may go to web addresses (http, https), e-mail
 * (mailto) and the site's own paths.
 *
 * Markdown bodies are read with satteri, the parser Astro renders them with, so the check sees
 * the same links and HTML the page would get; raw HTML is parsed as a browser would (entities
 * decoded, tags in any case). The site's Content-Security-Policy would stop a script anyway:
 * this says so to the person who wrote it, before anything is published.
 */
import { htmlToHast, markdownToMdast } from 'satteri';
import type { Problem } from '../problems.ts';
import type { LineOf } from '../schema-errors.ts';

/** What kind of unsafe content it is, as the last part of the problem's code (`content.script`). */
type Kind = 'script' | 'embed' | 'page-element' | 'handler' | 'style' | 'link' | 'image';

interface Finding {
  kind: Kind;
  /** 1-based line within the text that was checked. */
  line: number;
  message: string;
  hint: string;
}

const LINK_HINT = 'länkar får gå till webbadresser (https://…), e-post (mailto:…) eller sidor på webbplatsen (till exempel /mal/1/).';
const IMAGE_HINT = 'bilder visas bara från webbplatsen själv: lägg bilden i public/ och skriv dess sökväg, till exempel ![Karta över Vaggeryd](/bilder/karta.png), eller länka till bilden i stället.';

/** Elements that run a program, embed another page, or change how the whole page works. */
const ELEMENTS: Record<string, { kind: Kind; what: string }> = {
  script: { kind: 'script', what: 'ett skript' },
  iframe: { kind: 'embed', what: 'en inbäddad sida' },
  frame: { kind: 'embed', what: 'en inbäddad sida' },
  frameset: { kind: 'embed', what: 'inbäddade sidor' },
  object: { kind: 'embed', what: 'ett inbäddat objekt' },
  embed: { kind: 'embed', what: 'ett inbäddat objekt' },
  applet: { kind: 'embed', what: 'ett inbäddat program' },
  base: { kind: 'page-element', what: 'en inställning för hela sidans länkar' },
  meta: { kind: 'page-element', what: 'en inställning för hela sidan' },
  link: { kind: 'page-element', what: 'en koppling till en annan fil' },
  style: { kind: 'style', what: 'en egen stilmall' },
};

/** hast property names whose value is an address (`formAction` is `formaction=` written in HTML). */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'cite', 'background', 'ping', 'srcSet', 'codeBase', 'manifest'];
/** Elements whose address is fetched when the page is shown, not followed when clicked. */
const FETCHED = new Set(['img', 'source', 'video', 'audio', 'track', 'input', 'picture', 'image', 'use']);

/**
 * The scheme of an address as a browser reads it (`javascript`, `https`), or null for a path on
 * the site. Browsers drop spaces and control characters around it and tabs and line breaks
 * inside it, so `java\nscript:` is `javascript:`.
 */
export function schemeOf(url: string): string | null {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
}

/** Why an address may not be a link, or null when it may: http(s), mailto and site paths. */
export function linkProblem(url: string): { message: string; hint: string } | null {
  const scheme = schemeOf(url);
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  if (scheme === null) {
    if (/^\s*[\\/]{2}/.test(url)) return { message: `Länken "${shown}" saknar https: i början och går till en annan webbplats.`, hint: 'skriv hela adressen, med https:// först.' };
    return null;
  }
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return null;
  return { message: `Länken går till "${shown}", som inte är en webbadress: ${scheme}:-länkar är inte tillåtna.`, hint: LINK_HINT };
}

/** Why an address may not be a picture's source, or null for a path on the site. */
function imageProblem(url: string): { message: string; hint: string } | null {
  const scheme = schemeOf(url);
  if (scheme === null && !/^\s*[\\/]{2}/.test(url)) return null;
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return { message: `Bilden hämtas från "${shown}", inte från webbplatsen själv.`, hint: IMAGE_HINT };
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface MdastNode {
  type: string;
  url?: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
}

/** The line, within `raw`, where `needle` first appears (case-insensitive), counted from `first`. */
function lineIn(raw: string, needle: RegExp, first: number): number {
  const match = needle.exec(raw);
  return match ? first + (raw.slice(0, match.index).match(/\n/g)?.length ?? 0) : first;
}

/** What is unsafe in a piece of raw HTML that starts on line `first`. */
function htmlFindings(raw: string, first: number): Finding[] {
  const out: Finding[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName) {
      const tag = node.tagName.toLowerCase();
      const element = ELEMENTS[tag];
      const tagLine = lineIn(raw, new RegExp(`<\\s*${tag}\\b`, 'i'), first);
      if (element)
        out.push({
          kind: element.kind,
          line: tagLine,
          message: `Texten har ${element.what} (<${tag}>), som inte får finnas i en text på webbplatsen.`,
          hint:
            element.kind === 'embed'
              ? `ta bort <${tag}>; länka i stället till sidan, till exempel [Sidans namn](https://…).`
              : element.kind === 'style'
                ? 'ta bort <style>; utseendet kommer från webbplatsens gemensamma stilmall.'
                : `ta bort <${tag}>. En text på webbplatsen kan ha rubriker, stycken, listor, tabeller, länkar och bilder, men inga skript eller inställningar för sidan.`,
        });
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        const attribute = name.toLowerCase();
        if (attribute.startsWith('on'))
          out.push({ kind: 'handler', line: lineIn(raw, new RegExp(`\\s${attribute}\\s*=`, 'i'), first), message: `Texten har attributet ${attribute}, som kör ett skript.`, hint: `ta bort ${attribute}="…" från <${tag}>.` });
        else if (attribute === 'style')
          out.push({ kind: 'style', line: tagLine, message: `Texten har attributet style på <${tag}>, som webbplatsen inte tillämpar (säkerhetsinställningen tillåter bara den gemensamma stilmallen).`, hint: 'ta bort style="…"; utseendet kommer från webbplatsens stilmall.' });
        else if (URL_PROPERTIES.includes(name) && typeof value === 'string') {
          const urls = name === 'srcSet' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) {
            const problem = FETCHED.has(tag) ? imageProblem(url) : linkProblem(url);
            if (problem) out.push({ kind: FETCHED.has(tag) ? 'image' : 'link', line: tagLine, ...problem });
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(htmlToHast(raw) as HastNode);
  return out;
}

/** What is unsafe in a Markdown text, by line within the text. */
function markdownFindings(markdown: string): Finding[] {
  const out: Finding[] = [];
  const visit = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const problem = linkProblem(node.url);
      if (problem) out.push({ kind: 'link', line, ...problem });
    } else if (node.type === 'image' && node.url !== undefined) {
      const problem = imageProblem(node.url);
      if (problem) out.push({ kind: 'image', line, ...problem });
    } else if (node.type === 'html' && node.value) out.push(...htmlFindings(node.value, line));
    for (const child of node.children ?? []) visit(child);
  };
  // The features Astro renders the bodies with (markdown.gfm and markdown.smartypants are on by default).
  visit(markdownToMdast(markdown, { features: { gfm: true, smartPunctuation: true } }) as MdastNode);
  return out;
}

const problemOf = (file: string, line: number, f: Finding, field?: string): Problem => ({
  file,
  line,
  ...(field && { field }),
  code: `content.${f.kind}`,
  message: f.message,
  hint: f.hint,
});

/** Problems in the Markdown body of `file`, whose first line is line `firstLine` of the file. */
export function bodyProblems(body: string, file: string, firstLine: number): Problem[] {
  if (!/[<:[\]]/.test(body)) return [];
  return markdownFindings(body).map((f) => problemOf(file, firstLine + f.line - 1, f));
}

/**
 * Problems in a plain-text value (a front-matter field, a note in a data file). These are shown
 * as text, never as HTML, so only what is unmistakably an attempt to run or embed something is
 * refused: an element from the list above, an event handler inside a tag, a `javascript:` address.
 */
export function textFindings(text: string): Omit<Finding, 'line'>[] {
  if (!/[<:]/.test(text)) return [];
  const out: Omit<Finding, 'line'>[] = [];
  const tags = [...text.matchAll(/<\s*([a-z][a-z0-9-]*)\b[^>]*>?/gi)];
  if (tags.length) out.push(...htmlFindings(tags.map((m) => m[0]).join('\n'), 1).filter((f) => f.kind !== 'link' && f.kind !== 'image' && f.kind !== 'style'));
  const script = /(^|[^a-z])(javascript|vbscript)\s*:/i.exec(text);
  if (script) out.push({ kind: 'link', message: `Texten har en ${script[2]!.toLowerCase()}:-adress, som kör ett skript.`, hint: `ta bort ${script[2]!.toLowerCase()}:…; ${LINK_HINT}` });
  return out;
}

/**
 * Problems in every text value of validated front matter, each at its field's line. Addresses are
 * checked by the schemas (`WEB_PROTOCOL`: http and https only); this finds markup in the other texts.
 */
export function fieldProblems(data: unknown, file: string, lineOf: LineOf): Problem[] {
  const out: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') for (const f of textFindings(value)) out.push(problemOf(file, lineOf(path), { ...f, line: 1 }, path.join('.')));
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return out;
}
