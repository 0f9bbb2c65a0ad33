/** A value refused by a reader: where it is (`settings.learningRate`, `points[3][2]`) and why. */
export interface FieldProblem {
  readonly path: string;
  readonly reason: string;
}

/** Untrusted input that cannot be read as a whole; `path` says where, `reason` why. */
export class InputFormatError extends Error {
  override name = 'InputFormatError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** A value for a one-line message: quoted when text, cut short when long, never raw markup. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? value : String(value);
  const shown = text.length > 24 ? `${text.slice(0, 24)}...` : text;
  return typeof value === 'string' ? JSON.stringify(shown) : shown;
}

/** At most `limit` problems listed by path, with a count of the rest. */
export function listProblemPaths(problems: readonly FieldProblem[], limit = 5): string {
  const paths = problems.slice(0, limit).map((problem) => problem.path);
  const more = problems.length - paths.length;
  return more > 0 ? `${paths.join(', ')} and ${more} more` : paths.join(', ');
}
