/**
 * The edge between the disk and the domain: a project's files as bytes, by path, as they are now
 * or as git has them in a commit. Everything after this works on a `ProjectFiles` map, so tests
 * and tools can pass a project in memory.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../limits.ts';
import { FOLDERS, isProjectPath, PATHS, PROJECT_DIRS, SINGLE_FILES } from './layout.ts';

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

/** The files of a commit, or why there are none: no git checkout, no commit yet, or a ref git does not know. */
export type CommittedFiles = { files: ProjectFiles; missing?: undefined } | { files?: undefined; missing: 'no-git' | 'no-commit' | 'unknown-ref' };

/** Git's name for a file's bytes: the SHA-1 of "blob <size>\0" and the bytes. */
function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The files under `dirs` (relative to `root`, default the data files) as they are in the commit
 * `ref` names (`HEAD`, `origin/main`): one `git ls-tree` and one `git cat-file --batch` for them
 * all. The project may be a folder inside the repository. A file of `working` (the same paths,
 * as they are now) whose bytes git has under that path in the commit is taken as it is, the same
 * object, instead of being read from git again: in a check of a few changed files among
 * thousands, only those few are read, and comparing the two versions skips the rest at once.
 */
export function readCommittedFiles(root: string, ref: string, dirs: readonly string[] = [PATHS.data], working?: ProjectFiles): CommittedFiles {
  const git = (args: string[], input?: Buffer) => execFileSync('git', args, { cwd: root, input, stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  let prefix: string;
  try {
    prefix = git(['rev-parse', '--show-prefix']).toString('utf8').trim();
  } catch {
    return { missing: 'no-git' };
  }
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    return { missing: ref === 'HEAD' ? 'no-commit' : 'unknown-ref' };
  }
  // Each entry is "<mode> <type> <id>\t<path>"; only files (blobs) below the project folder.
  const entries = git(['ls-tree', '-r', '-z', '--full-name', commit, '--', ...dirs.map((d) => `${d}/`)])
    .toString('utf8')
    .split('\0')
    .flatMap((line) => {
      const tab = line.indexOf('\t');
      const [, type, id] = line.slice(0, tab).split(' ');
      const path = line.slice(tab + 1);
      return tab > 0 && type === 'blob' && path.startsWith(prefix) ? [{ path: path.slice(prefix.length), id: id! }] : [];
    });
  const files = new Map<string, Uint8Array>();
  const toRead: typeof entries = [];
  for (const entry of entries) {
    const now = working?.get(entry.path);
    if (now && blobId(now) === entry.id) files.set(entry.path, now);
    else toRead.push(entry);
  }
  if (toRead.length > 0) {
    // Each answer is "<id> blob <size>\n", the bytes, and "\n", in the order asked.
    const out = git(['cat-file', '--batch'], Buffer.from(toRead.map((e) => `${e.id}\n`).join('')));
    let at = 0;
    for (const { path } of toRead) {
      const end = out.indexOf(0x0a, at);
      const size = Number(out.subarray(at, end).toString('utf8').split(' ')[2]);
      files.set(path, new Uint8Array(out.subarray(end + 1, end + 1 + size)));
      at = end + 1 + size + 1;
    }
  }
  return { files: new Map(entries.map(({ path }) => [path, files.get(path)!])) };
}

/**
 * Every project file as it is in the commit `ref` names, the same files `readProjectFiles` reads
 * from the folder: the earlier version a change is compared with. Pass the files as they are now
 * as `working` to read only those that differ from git.
 */
export function readCommittedProject(root: string, ref: string, working?: ProjectFiles): CommittedFiles {
  const committed = readCommittedFiles(root, ref, PROJECT_DIRS, working);
  return committed.files ? { files: new Map([...committed.files].filter(([path]) => isProjectPath(path))) } : committed;
}

/**
 * The project folder's path inside its git repository, with a trailing slash (`site/`), or `''` at
 * the root or outside git: GitHub places annotations by the path from the repository's root.
 */
export function repositoryPrefix(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim();
  } catch {
    return '';
  }
}
