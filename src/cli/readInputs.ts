import { readModelText, ModelFormatError, type LabelledPoint, type Model } from '../engine';
import { parsePointsCsv, PointsCsvError } from '../data';
import { CliError, readTextFile, type CliIo } from './cliIo';

/**
 * The network in a model file and the features it takes: those the file lists (version 2), or
 * x, y (version 1).
 */
export function readModelFile(io: CliIo, path: string): Model {
  const text = readTextFile(io, path);
  try {
    return readModelText(text);
  } catch (error) {
    if (error instanceof ModelFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

/** The points of a CSV file, at least one, with labels below `classCount`. */
export function readPointsFile(io: CliIo, path: string, classCount: number): LabelledPoint[] {
  const text = readTextFile(io, path);
  let points: LabelledPoint[];
  try {
    points = parsePointsCsv(text, { classCount });
  } catch (error) {
    if (error instanceof PointsCsvError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  if (points.length === 0) throw new CliError(`${path}: no points after the header line`);
  return points;
}
