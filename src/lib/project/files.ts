/**
 * The edge between the disk and the domain: a project's files as bytes, by path. Everything
 * after this works on a `ProjectFiles` map, so tests and tools can pass a project in memory.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../limits.ts';
import { FOLDERS, SINGLE_FILES } from './layout.ts';

/** A project's staff-written files by path relative to the root (`content/goals/1.md`), as bytes. */
export type ProjectFiles = ReadonlyMap<string, Uint8Array>;

/**
 * A file's bytes, but never more than one byte over the size limit: a 50 MB file costs 2 MB of
 * memory, and the extra byte tells the parser to refuse it with the limit named.
 */
function readBounded(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(Math.min(fstatSync(fd).size, LIMITS.fileBytes + 1));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the single files and every file in the project's folders (any extension, so that a file
 * the site would ignore can be reported; not hidden files, not sub-folders).
 */
export function readProjectFiles(root: string): ProjectFiles {
  const files = new Map<string, Uint8Array>();
  for (const path of SINGLE_FILES) if (existsSync(join(root, path))) files.set(path, readBounded(join(root, path)));
  for (const [dir] of FOLDERS) {
    if (!existsSync(join(root, dir))) continue;
    for (const f of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (f.isFile() && !f.name.startsWith('.')) files.set(`${dir}/${f.name}`, readBounded(join(root, dir, f.name)));
    }
  }
  return files;
}

/** A project in memory from texts (written as UTF-8) or bytes, e.g. for tests. */
export function projectFiles(entries: Record<string, string | Uint8Array>): ProjectFiles {
  const encoder = new TextEncoder();
  return new Map(Object.entries(entries).map(([path, v]) => [path, typeof v === 'string' ? encoder.encode(v) : v]));
}
