/**
 * Why a Kolada import stopped, in Swedish for the person who ran it. A run that stops changes no
 * file, so every message can say so once, where it is printed.
 */
export class ImportError extends Error {
  /** Stable, for tests and tools: `kolada.unavailable`, `kolada.malformed`, `import.kpi-mismatch` … */
  readonly code: string;
  /** How to go on, when there is something to do. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.hint = hint;
  }
}
