/** Turns a staff-written file's bytes into text, or says plainly why it cannot be read. */
import type { Problem } from '../problems.ts';

/**
 * The text of a staff-written file, or the problem with its encoding. Only UTF-8 is read:
 * Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)") would turn å, ä and ö into "�" on
 * the site without a word, and UTF-16 ("Unicode-text") into messages about the wrong things.
 * A UTF-8 byte-order mark is dropped.
 */
export function decodeFile(bytes: Uint8Array, file: string): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const hint = file.endsWith('.csv')
    ? 'spara filen som ”CSV UTF-8 (kommaavgränsad)” i Excel, eller som UTF-8 i din textredigerare.'
    : 'spara filen som UTF-8 i din textredigerare (i Anteckningar: Spara som, Kodning: UTF-8).';
  // UTF-16 begins with a byte-order mark (FF FE or FE FF), or, without one, has a zero byte in
  // its first letter.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0));
  if (utf16) return { problem: { file, line: 1, code: 'file.utf16', message: 'Filen är sparad som UTF-16: den kan inte läsas.', hint } };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A line break is never part of a multi-byte character, so each line can be tried alone. CRLF,
    // LF and a lone CR each end a line, as when the file is read.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a && !(bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    return { problem: { file, line, code: 'file.not-utf8', message: 'Filen är inte sparad som UTF-8: tecken som å, ä och ö blir fel.', hint } };
  }
}

