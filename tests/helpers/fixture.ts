/** Copies the valid fixture project to a temporary folder and applies changes to files. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VALID_FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'valid');

/** `files` maps a path in the project to its new text, or to null to delete the file. */
export function fixtureWith(files: Record<string, string | null | undefined> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'om-fixture-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    if (text === null) rmSync(join(dir, path));
    else writeFileSync(join(dir, path), text);
  }
  return dir;
}
