/** Plain text from staff-written Markdown, for downloads and the feed that carry no markup. */

/** Markdown inline syntax removed: links keep their text, emphasis and code marks go. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/**
 * The first paragraph of a Markdown body as plain text (the indicator's definition, by the
 * README's convention), or null when the body has none. Headings, lists, quotes, tables and
 * code blocks are skipped: the first paragraph of running text is what describes the data.
 */
export function firstParagraph(md: string): string | null {
  return paragraphs(md)[0] ?? null;
}

/** Every paragraph of running text in a Markdown body, as plain text, in order. */
export function paragraphs(md: string): string[] {
  const out: string[] = [];
  const blocks = md.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let inFence = false;
  for (const block of blocks) {
    const text = block.trim();
    if (text === '') continue;
    const fences = (text.match(/^(```|~~~)/gm) ?? []).length;
    if (inFence || /^(```|~~~)/.test(text)) {
      if (fences % 2 === 1) inFence = !inFence;
      continue;
    }
    if (/^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||<!--|---$|\*\*\*$)/.test(text)) continue;
    const plain = stripMarkdown(text);
    if (plain) out.push(plain);
  }
  return out;
}
