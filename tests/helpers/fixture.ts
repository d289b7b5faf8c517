/** Copies the valid fixture project to a temporary folder and applies changes to files. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readProjectFiles, type ProjectFiles } from '../../src/lib/project/index.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/**
 * `files` maps a path in the project to its new text (written as UTF-8), its new bytes (for other
 * encodings), or null to delete the file. Folders are made as needed.
 */
export function fixtureWith(files: Record<string, string | Uint8Array | null | undefined> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'om-fixture-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    if (text === null) rmSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return dir;
}

/**
 * The valid fixture read into memory with changes applied (same `files` as `fixtureWith`), for
 * tests of the validation that need no folder on disk.
 */
let validFiles: ProjectFiles | null = null;

export function fixtureFiles(files: Record<string, string | Uint8Array | null | undefined> = {}): ProjectFiles {
  const out = new Map((validFiles ??= readProjectFiles(VALID_FIXTURE)));
  const encoder = new TextEncoder();
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    if (text === null) out.delete(path);
    else out.set(path, typeof text === 'string' ? encoder.encode(text) : text);
  }
  return out;
}
