/**
 * Where each kind of staff-written file lives, relative to the project root, and which extension
 * the files of each folder have. Documented in the README and in docs/content-model.md.
 */
export const PATHS = {
  settings: 'content/settings.yaml',
  programme: 'content/programme.md',
  accessibility: 'content/accessibility.md',
  goals: 'content/goals',
  subgoals: 'content/subgoals',
  decisions: 'content/decisions',
  childRights: 'content/child-rights',
  followUps: 'content/follow-ups',
  indicators: 'content/indicators',
  activities: 'content/activities',
  data: 'data/indicators',
  comparisons: 'data/comparisons',
} as const;

/** The files that stand alone, each read once. */
export const SINGLE_FILES = [PATHS.settings, PATHS.programme, PATHS.accessibility] as const;

/** The folders and the extension of their files; any other file there would be ignored, so it is reported. */
export const FOLDERS = [
  [PATHS.goals, '.md'],
  [PATHS.subgoals, '.md'],
  [PATHS.decisions, '.md'],
  [PATHS.childRights, '.md'],
  [PATHS.followUps, '.md'],
  [PATHS.indicators, '.md'],
  [PATHS.activities, '.md'],
  [PATHS.data, '.csv'],
  [PATHS.comparisons, '.csv'],
] as const;

export type Folder = (typeof FOLDERS)[number][0];

/**
 * Letters a–z and A–Z, digits, `-` and `_`: the characters an indicator id, and every other id,
 * may have, since every id is a file name and part of a web address. Nothing else, so no `..`,
 * `/`, `\` or control character.
 */
export const INDICATOR_ID = /^[A-Za-z0-9_-]+$/;

/** `content/goals/1.md` → `content/goals`; null for a path outside the folders. */
export function folderOf(path: string): Folder | null {
  const dir = path.slice(0, path.lastIndexOf('/'));
  return FOLDERS.find(([d]) => d === dir)?.[0] ?? null;
}

/** The file name of a path: `content/goals/1.md` → `1.md`. */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The file name without its extension: the id of the entry. */
export const idOf = (path: string) => baseName(path).replace(/\.[^.]*$/, '');

/**
 * Whether a path is one of the files a project is read from: a single file, or a file (not a
 * hidden one) directly in one of the folders. Problems about the environment (`SITE_URL`) are not.
 */
export function isProjectPath(path: string): boolean {
  return (SINGLE_FILES as readonly string[]).includes(path) || (folderOf(path) !== null && !baseName(path).startsWith('.'));
}

/** The top folders that hold every project file: `content`, `data`. */
export const PROJECT_DIRS: readonly string[] = [...new Set([...SINGLE_FILES, ...FOLDERS.map(([dir]) => dir)].map((p) => p.slice(0, p.indexOf('/'))))];
