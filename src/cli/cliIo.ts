import { CLI_MAX_FILE_BYTES } from './cliLimits';

/** Which file a path names, so that two paths to one file (a link, `./a` and `a`) compare equal. */
export interface FileIdentity {
  readonly device: number;
  readonly inode: number;
  readonly isDirectory: boolean;
}

/** What a command touches outside itself, so that tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The file's text; throws as `fs.readFileSync` does, and with the code `EFBIG` once more than
   * `maxBytes` have been read (so `/dev/zero` ends instead of filling memory).
   */
  readFile(path: string, maxBytes: number): string;
  /** The file's text in pieces, as `readFile` reads it and with the same limit. */
  readChunks(path: string, maxBytes: number): Iterable<string>;
  /** The file a path names, or null when there is none. Throws as `fs.statSync` does otherwise. */
  identify(path: string): FileIdentity | null;
  /** Throws as `fs.accessSync` does when `path` could not be created or replaced. */
  checkWritable(path: string): void;
  /**
   * Writes the whole text or nothing: to a new file beside `path`, then renamed over it, so a
   * failed or interrupted write never leaves a partial file. Throws as `fs.writeFileSync` does.
   */
  writeFile(path: string, text: string): void;
}

/** Bad input: the command prints the message as its one line on stderr and exits with 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Training diverged: one line on stderr naming the iteration, and the exit code 3. */
export class DivergenceError extends CliError {
  override name = 'DivergenceError';
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_DIVERGED = 3;

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EFBIG: `it is larger than ${CLI_MAX_FILE_BYTES / 2 ** 20} MB, the most a command reads`,
};

/** A one-line reason for a failed file operation, from its Node error code when it has one. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in FILE_ERRORS) return FILE_ERRORS[code];
  return oneLine(error instanceof Error ? error.message : String(error));
}

/** Collapses a message onto one line, for stderr. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function readTextFile(io: CliIo, path: string): string {
  try {
    return io.readFile(path, CLI_MAX_FILE_BYTES);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}

export function writeTextFile(io: CliIo, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${describeFileError(error)}`);
  }
}

/**
 * Runs a command body: bad input (a CliError) becomes one line `command: message` on stderr and
 * the exit code 2, a divergence the exit code 3. Any other error is a bug and propagates to the
 * entry point.
 */
export function runCommand(command: string, io: CliIo, body: () => void): number {
  try {
    body();
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`${command}: ${oneLine(error.message)}\n`);
    return error instanceof DivergenceError ? EXIT_DIVERGED : EXIT_BAD_INPUT;
  }
}
