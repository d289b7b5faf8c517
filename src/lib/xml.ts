/**
 * XML escaping for every file the site writes as XML: chart SVGs, the DCAT catalogue and the
 * Atom feed. Staff text (titles, notes) may hold anything, so it is escaped in one place.
 */

// Characters XML 1.0 does not allow at all; dropped rather than escaped (they cannot be escaped).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// Most text needs no escaping at all; one test spares the replacements (charts write thousands of strings).
// eslint-disable-next-line no-control-regex
const NEEDS_TEXT_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const NEEDS_ATTR_ESCAPE = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text content, escaped. */
export function xmlText(s: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(s)) return s;
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double or single quotes, escaped (line breaks kept as character references). */
export function xmlAttr(s: string): string {
  if (!NEEDS_ATTR_ESCAPE.test(s)) return s;
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
