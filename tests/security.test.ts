/** The header policy in _headers is the pages' own policies merged, plus frame-ancestors. */
import { expect, test } from 'vitest';
import { headerPolicy, headersFile, mergePolicies, policyInPage } from '../src/site/security.ts';

const page = (content: string) => `<!DOCTYPE html><html lang="sv"><head><meta http-equiv="content-security-policy" content="${content}"></head></html>`;

test('a page’s policy is read directive by directive, as Astro writes it', () => {
  expect(policyInPage(page("default-src 'self';object-src 'none'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-s';"))).toEqual(
    new Map([
      ['default-src', ["'self'"]],
      ['object-src', ["'none'"]],
      ['script-src', ["'self'", "'sha256-b'"]],
      ['style-src', ["'self'", "'sha256-s'"]],
    ]),
  );
  expect(policyInPage('<html></html>').size).toBe(0);
});

test('the header carries every page’s hashes and sources, once each, and frame-ancestors', () => {
  const merged = mergePolicies([
    policyInPage(page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'; style-src 'self' 'sha256-s2'")),
    policyInPage(page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a'; style-src 'self' 'sha256-s1' 'sha256-s2'")),
  ]);
  expect(headerPolicy(merged)).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; style-src 'self' 'sha256-s1' 'sha256-s2'; frame-ancestors 'none'",
  );
  const file = headersFile(merged);
  expect(file.split('\n')[0]).toBe('/*');
  expect(file).toContain("  Content-Security-Policy: default-src 'self'; ");
  expect(file).toContain('  X-Content-Type-Options: nosniff\n');
});
