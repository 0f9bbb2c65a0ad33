import { EXIT_UNEXPECTED, oneLine, type CliIo } from './cliIo';
import { nodeIo } from './nodeIo';

/**
 * The body of a command's entry file: runs it on the process's arguments and sets the exit code.
 * An error the command did not expect still ends in one line on stderr, never a stack trace.
 */
export function runEntry(
  command: string,
  run: (argv: readonly string[], io: CliIo) => number,
): void {
  // A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    reportUnexpected(command, error);
  });
  try {
    process.exitCode = run(process.argv.slice(2), nodeIo);
  } catch (error) {
    reportUnexpected(command, error);
  }
}

function reportUnexpected(command: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${command}: unexpected error: ${oneLine(message)}\n`);
  process.exitCode = EXIT_UNEXPECTED;
}
