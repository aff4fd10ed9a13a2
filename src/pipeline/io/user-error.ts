/**
 * An error caused by the user's input (a bad file, a wrong argument), not by a bug.
 * Command-line tools print its message as one plain sentence and exit non-zero, with no stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** The file at fault, when there is one. */
    readonly file?: string,
    /** 1-based line in that file, when known. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'UserError';
  }

  /** "data/articles/x.txt, line 3: the date 2025-13-45 is not a real date." */
  describe(): string {
    const where = [this.file, this.line !== undefined ? `line ${this.line}` : undefined].filter(Boolean).join(', ');
    return where ? `${where}: ${this.message}` : this.message;
  }
}
