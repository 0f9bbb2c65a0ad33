import { CliError, describeFileError, type CliIo, type FileIdentity } from './cliIo';

const sameFile = (a: FileIdentity | null, b: FileIdentity | null) =>
  a !== null && b !== null && a.device === b.device && a.inode === b.inode;

/**
 * Checks `--out` before any training: it must not be a folder, nor the very file of an input
 * (by whatever path: the file's device and inode are compared), and its folder must let it be
 * written. Throws a CliError naming the flag otherwise.
 */
export function checkOutputPath(
  io: CliIo,
  outPath: string,
  inputs: readonly { readonly flag: string; readonly path: string }[],
): void {
  let target: FileIdentity | null;
  try {
    target = io.identify(outPath);
    if (target?.isDirectory) throw new CliError(`--out: ${outPath} is a folder; name a file`);
    for (const { flag, path } of inputs) {
      if (sameFile(target, io.identify(path))) {
        throw new CliError(
          `--out: ${outPath} is the ${flag} file ${path}; writing it would destroy the input, so name another file`,
        );
      }
    }
    io.checkWritable(outPath);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException | null)?.code === undefined) throw error;
    throw new CliError(`--out: cannot write ${outPath}: ${describeFileError(error)}`);
  }
}
