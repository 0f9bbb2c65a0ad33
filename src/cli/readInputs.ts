import {
  readModel,
  readModelText,
  ModelFormatError,
  type LabelledPoint,
  type Model,
} from '../engine';
import { parsePointsCsv, PointsCsvError } from '../data';
import { CliError, readTextFile, type CliIo } from './cliIo';
import { isSessionText, readSessionInput } from './sessionInput';

/**
 * The network in a model file and the features it takes: those the file lists (version 2), or
 * x, y (version 1).
 */
export function readModelFile(io: CliIo, path: string): Model {
  const text = readTextFile(io, path);
  if (isSessionText(text)) {
    const { model } = readSessionInput(text, path);
    if (model === undefined) {
      throw new CliError(`${path}: the session holds no weights (export it with its model)`);
    }
    return readModel(model);
  }
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
  if (isSessionText(text)) {
    points = [...readSessionInput(text, path).points];
    const label = points.findIndex((p) => p.label >= classCount);
    if (label >= 0) {
      throw new CliError(
        `${path}: points[${label}][2]: class ${points[label].label} is beyond the model's ${classCount} classes`,
      );
    }
    if (points.length === 0) throw new CliError(`${path}: the session holds no points`);
    return points;
  }
  try {
    points = parsePointsCsv(text, { classCount });
  } catch (error) {
    if (error instanceof PointsCsvError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
  if (points.length === 0) throw new CliError(`${path}: no points after the header line`);
  return points;
}
