import { toModelJson, type ModelJson } from '../engine';
import type { Config, Point, State } from './types';

/**
 * Everything a person made in a session: the settings, the points, where they came from and,
 * optionally, the weights. Share links, session files and the saved session are built from it.
 */
export interface SessionSnapshot {
  /** Every field of the store's Config. */
  readonly settings: Config;
  readonly points: readonly Point[];
  readonly dataset: string;
  /** The current weights as the engine's model JSON, with the features. */
  readonly model?: ModelJson;
}

/** The store's Config fields, in one list, so a snapshot carries each and no other. */
export const CONFIG_KEYS = [
  'hiddenLayers',
  'activation',
  'features',
  'optimizer',
  'regularization',
  'regularizationRate',
  'testShare',
  'discretize',
  'datasetOptions',
  'classCount',
  'learningRate',
  'batchSize',
  'speed',
  'seed',
  'stopAfter',
] as const satisfies readonly (keyof Config)[];

/** The Config part of the state, as a plain object holding only Config's fields. */
export function configOf(state: Config): Config {
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) config[key] = state[key];
  return config as unknown as Config;
}

/** The model JSON of the run's current weights, with the features they take. */
export function modelOf(state: Pick<State, 'trainer' | 'features'>): ModelJson {
  return toModelJson(state.trainer.network, state.features);
}

/** The session as it is now; the weights only when asked, as they are the bulk of it. */
export function snapshotOf(state: State, includeWeights: boolean): SessionSnapshot {
  const snapshot = { settings: configOf(state), points: state.points, dataset: state.dataset };
  return includeWeights ? { ...snapshot, model: modelOf(state) } : snapshot;
}
