import { parseModel, ModelFormatError, type LabelledPoint, type Network } from '../engine';
import { parsePointsCsv, PointsCsvError } from '../data';
import { CliError, readTextFile, type CliIo } from './cliIo';

/** The network in a model file, which must take the two inputs x and y. */
export function readModelFile(io: CliIo, path: string): Network {
  const text = readTextFile(io, path);
  let net: Network;
  try {
    net = parseModel(text);
  } catch (error) {
    if (error instanceof ModelFormatError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  if (net.layers[0] !== 2) {
    throw new CliError(
      `${path}: layers[0]: the input size must be 2 (x, y), found ${net.layers[0]}`,
    );
  }
  return net;
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
