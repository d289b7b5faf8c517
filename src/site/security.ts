/**
 * The site's Content-Security-Policy and the other security headers, in one place.
 *
 * Every page carries the policy in a `<meta http-equiv="content-security-policy">`, written by
 * Astro (`security.csp` in astro.config.mjs): Astro adds `script-src` and `style-src` with
 * `'self'` and the hash of each inline stylesheet and script it emits, and the directives below.
 * Nothing runs or loads from another origin; nothing inline runs or applies unless its hash is
 * listed, so there are no `style="…"` attributes anywhere (charts get `height: auto` from the
 * stylesheet) and no `'unsafe-inline'` for scripts or styles.
 *
 * Hosts that read a `_headers` file (Netlify, Cloudflare Pages and others) get the same policy as
 * an HTTP header, written at the end of the build with the hashes of every page, plus what only a
 * header can say (`frame-ancestors`) and the usual security headers.
 *
 * Adding a same-origin script bundle (Pagefind's search, for example) needs no change for the
 * script itself: `script-src 'self'` allows `/pagefind/pagefind-ui.js`, and `default-src 'self'`
 * lets it fetch its index. Pagefind compiles WebAssembly, which CSP counts as eval: add
 * `'wasm-unsafe-eval'` (and only that) to `scriptDirective.resources` in astro.config.mjs, next
 * to `'self'`. An inline `<script>` gets its hash from Astro when Astro processes it; anything
 * else stays blocked.
 */

/** The directives besides script-src and style-src, for every page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'self'",
] as const;

/** Hashes (`'sha256-…'`) of the inline scripts and styles across all pages, for the header policy. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/** The header policy: the pages' own, with every page's hashes, and the directive a meta tag cannot carry. */
export function headerPolicy(hashes: InlineHashes): string {
  return [
    ...CSP_DIRECTIVES,
    ['script-src', "'self'", ...hashes.scripts].join(' '),
    ['style-src', "'self'", ...hashes.styles].join(' '),
    // Only a header can say who may put the site in a frame; the meta tag's copy would be ignored.
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers for every path, as `_headers` lists them. */
export function securityHeaders(hashes: InlineHashes): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy(hashes)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

/** The `_headers` file: every path gets the security headers. */
export function headersFile(hashes: InlineHashes): string {
  return `/*\n${securityHeaders(hashes).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}

/** The script and style hashes named in a page's CSP meta tag, as Astro wrote them. */
export function hashesInPage(html: string): InlineHashes {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directive = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s([^;]*)`).exec(policy)?.[1]?.match(/'sha(256|384|512)-[^']+'/g) ?? [];
  return { scripts: directive('script-src'), styles: directive('style-src') };
}

/** Every hash of every page, each once, in a stable order. */
export function mergeHashes(pages: readonly InlineHashes[]): InlineHashes {
  const all = (pick: (h: InlineHashes) => readonly string[]) => [...new Set(pages.flatMap(pick))].sort();
  return { scripts: all((h) => h.scripts), styles: all((h) => h.styles) };
}
