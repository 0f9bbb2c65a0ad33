import { parseArgs } from 'node:util';
import { CliError, oneLine } from './cliIo';

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * Reads `--flag value` (or `--flag=value`) pairs with node's strict parseArgs: every flag takes a
 * value, and an unknown flag, a missing value or a stray argument is a CliError naming it.
 */
export function parseFlags<Name extends string>(
  argv: readonly string[],
  names: readonly Name[],
): Partial<Record<Name, string>> {
  const options: Record<string, { type: 'string' }> = {};
  for (const name of names) options[name] = { type: 'string' };
  try {
    const { values } = parseArgs({
      args: attachNegativeValues(argv, names),
      options,
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined || !code.startsWith('ERR_PARSE_ARGS')) throw error;
    const message = oneLine((error as Error).message);
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError(message);
    throw new CliError(`${message}; the flags are ${names.map((name) => `--${name}`).join(', ')}`);
  }
}

/**
 * parseArgs reads `--lr -1` as a flag without its value; joined as `--lr=-1`, the value reaches
 * its own check, which says what is wrong with it.
 */
function attachNegativeValues(argv: readonly string[], names: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const next = argv[i + 1];
    const isFlag = argv[i].startsWith('--') && names.includes(argv[i].slice(2));
    if (isFlag && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      args.push(`${argv[i]}=${next}`);
      i++;
    } else {
      args.push(argv[i]);
    }
  }
  return args;
}
