import { readFileSync, writeFileSync } from 'node:fs';

/** What a command touches outside itself, so that tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text; throws as `fs.readFileSync` does. */
  readFile(path: string): string;
  /** Throws as `fs.writeFileSync` does. */
  writeFile(path: string, text: string): void;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
};

/** Bad input: the command prints the message as its one line on stderr and exits with 2. */
export class CliError extends Error {
  override name = 'CliError';
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
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
    return io.readFile(path);
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
 * the exit code 2. Any other error is a bug and propagates to the entry point.
 */
export function runCommand(command: string, io: CliIo, body: () => void): number {
  try {
    body();
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`${command}: ${oneLine(error.message)}\n`);
    return EXIT_BAD_INPUT;
  }
}
