import { parsePointsCsv, PointsCsvError } from '../data';
import type { LabelledPoint } from '../engine';
import { CliError, describeFileError, type CliIo } from './cliIo';
import { CLI_MAX_FILE_BYTES, CLI_MAX_POINTS } from './cliLimits';
import { readPointsFile } from './readInputs';

/** Text gathered before a block of whole lines is parsed. */
const BLOCK_CHARS = 2 ** 20;
/** No line of points is this long: text without a line break (`/dev/zero`) stops here. */
export const MAX_LINE_CHARS = 4 * 2 ** 20;

const countNewlines = (text: string) => text.split('\n').length - 1;
const countQuotes = (text: string) => text.split('"').length - 1;

/**
 * The points of `--data` for `train`, at least one, with labels below `classCount`. A points CSV
 * is read and parsed a block of lines at a time, so the file's rows never all exist as strings
 * at once; a file that opens with `{` is a session, read whole by `readPointsFile`. Throws a
 * CliError naming the file (and line) for a file that is missing, larger than
 * CLI_MAX_FILE_BYTES, malformed, or holds more than CLI_MAX_POINTS points.
 */
export function readTrainingPoints(
  io: CliIo,
  path: string,
  classCount: number,
  blockChars = BLOCK_CHARS,
): LabelledPoint[] {
  const points: LabelledPoint[] = [];
  let pending = '';
  let header: string | null = null;
  /** The line of the file where `pending` starts. */
  let line = 1;
  let pendingQuotes = 0;

  const parseBlock = (block: string) => {
    // Blocks after the first are parsed behind the header, whose line shifts theirs by one.
    const text = header === null ? block : header + block;
    const shift = header === null ? 0 : line - 2;
    let parsed: LabelledPoint[];
    try {
      parsed = parsePointsCsv(text, { classCount });
    } catch (error) {
      if (!(error instanceof PointsCsvError)) throw error;
      const moved = new PointsCsvError(error.line + shift, error.column, error.reason);
      throw new CliError(`${path}: ${moved.message}`);
    }
    if (points.length + parsed.length > CLI_MAX_POINTS) {
      throw new CliError(`${path}: more than ${CLI_MAX_POINTS} points, the most train reads`);
    }
    for (const point of parsed) points.push(point);
  };
  const takeHeader = (block: string) => {
    const lines = block.split('\n');
    const at = lines.findIndex((text) => text.trim() !== '');
    return at < 0 ? null : lines[at] + '\n';
  };
  /** Parses the whole lines held, unless a quoted cell is still open at the last line break. */
  const flush = () => {
    const cut = pending.lastIndexOf('\n') + 1;
    if (cut === 0) return;
    const block = pending.slice(0, cut);
    if ((pendingQuotes - countQuotes(pending.slice(cut))) % 2 !== 0) return;
    const first = header === null;
    if (first && takeHeader(block) === null) return;
    parseBlock(block);
    if (first) header = takeHeader(block);
    line += countNewlines(block);
    pending = pending.slice(cut);
    pendingQuotes = countQuotes(pending);
  };

  try {
    for (const chunk of io.readChunks(path, CLI_MAX_FILE_BYTES)) {
      if (header === null && pending === '' && chunk.trimStart().startsWith('{')) {
        return readPointsFile(io, path, classCount);
      }
      pending += chunk;
      pendingQuotes += countQuotes(chunk);
      if (pending.length >= blockChars && chunk.includes('\n')) flush();
      if (pending.length > MAX_LINE_CHARS && !pending.includes('\n')) {
        throw new CliError(
          `${path}: line ${line}: no line break in its first ${MAX_LINE_CHARS / 2 ** 20} MB; expected points CSV`,
        );
      }
    }
  } catch (error) {
    // Only a failed read is the file's fault; anything else is a bug and propagates.
    if ((error as NodeJS.ErrnoException | null)?.code === undefined) throw error;
    throw new CliError(`cannot read ${path}: ${describeFileError(error)}`);
  }
  if (pending !== '' || header === null) parseBlock(pending);
  if (points.length === 0) throw new CliError(`${path}: no points after the header line`);
  return points;
}
