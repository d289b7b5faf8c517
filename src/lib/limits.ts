/**
 * The largest input the site reads, documented in docs/data-contract.md and the README's guide.
 * Real files are far below every limit (the largest data file is under 1 kB); the limits exist so
 * that a mistaken or hostile file (a whole spreadsheet exported, a 50 MB dump, a YAML alias bomb)
 * is refused at once with a message naming the limit, instead of slowing or crashing the build.
 */
export const LIMITS = {
  /** Bytes per staff-written file; a larger file is not read beyond this (bounded memory). */
  fileBytes: 2 * 1024 * 1024,
  /** Rows of values in one data file (the header and blank lines not counted). */
  csvRows: 10_000,
  /** Characters in one row of a data file. */
  csvRowLength: 2_000,
  /** Aliases (`*name`) expanded in one YAML text: enough for hand-written files, far too few for an alias bomb. */
  yamlAliases: 100,
} as const;

/** A count as the terminal shows it in Swedish, a space between thousands: 10000 → "10 000". */
export const countWords = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** The file-size limit in words: "2 MB". */
export const FILE_LIMIT_WORDS = `${LIMITS.fileBytes / (1024 * 1024)} MB`;
