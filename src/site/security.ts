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
 * an HTTP header, written at the end of the build from every page's meta tag (so every page's
 * hashes and any source added in astro.config.mjs are in it), plus what only a header can say
 * (`frame-ancestors`) and the usual security headers.
 *
 * The search's scripts are same-origin files: `script-src 'self'` allows `/pagefind/pagefind.js`,
 * and `default-src 'self'` lets it fetch its index. Pagefind compiles WebAssembly, which CSP counts
 * as eval, so `script-src` also carries `'wasm-unsafe-eval'` (and only that): `scriptDirective` in
 * astro.config.mjs, which the pages and `_headers` then both carry. An inline `<script>` gets its
 * hash from Astro when Astro processes it; anything else stays blocked.
 */

/** The directives besides script-src and style-src, for every page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'self'",
] as const;

/** A policy as directives and their sources, in the order written: `script-src` → `'self'`, hashes. */
export type Policy = Map<string, string[]>;

/** The policy in a page's CSP meta tag, as Astro wrote it (empty when there is none). */
export function policyInPage(html: string): Policy {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** Every page's policies in one: each directive with every source any page gives it, each once, hashes sorted. */
export function mergePolicies(pages: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const page of pages) for (const [name, sources] of page) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  for (const [name, sources] of merged) merged.set(name, [...sources.filter((s) => !/^'sha/.test(s)), ...sources.filter((s) => /^'sha/.test(s)).sort()]);
  return merged;
}

/** The header policy: the pages' own, merged, and the directive only a header can carry. */
export function headerPolicy(pages: Policy): string {
  // Only a header can say who may put the site in a frame; a meta tag's copy would be ignored.
  const policy = new Map([...pages, ['frame-ancestors', ["'none'"]]]);
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The headers for every path, as `_headers` lists them. */
export function securityHeaders(pages: Policy): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy(pages)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    ['Strict-Transport-Security', 'max-age=31536000'],
  ];
}

/** The `_headers` file: every path gets the security headers. */
export function headersFile(pages: Policy): string {
  return `/*\n${securityHeaders(pages).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}
