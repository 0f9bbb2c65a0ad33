import { DATASET_NAMES, formatPointsCsv, generateDataset, isDatasetName } from '../data';
import { CliError, runCommand, type CliIo } from './cliIo';
import { parseSeed } from './flagValues';
import { parseFlags } from './parseFlags';

/**
 * `dataset --name seed-1 [--seed N]`: prints one of the post's data sets as points CSV.
 * Returns the exit code: 0, or 2 after one line on stderr for bad input.
 */
export function runDataset(argv: readonly string[], io: CliIo): number {
  return runCommand('dataset', io, () => {
    const flags = parseFlags(argv, ['name', 'seed'] as const);
    const names = DATASET_NAMES.join(', ');
    if (flags.name === undefined) throw new CliError(`--name is required: one of ${names}`);
    if (!isDatasetName(flags.name)) {
      throw new CliError(`--name: unknown data set "${flags.name}"; expected one of ${names}`);
    }
    const seed = parseSeed(flags.seed ?? '1');
    io.stdout(formatPointsCsv(generateDataset(flags.name, seed)));
  });
}
