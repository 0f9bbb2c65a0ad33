import {
  FEATURE_NAMES,
  type ActivationName,
  type FeatureName,
  type LabelledPoint,
  type OptimizerName,
} from '../../src/engine';
import { twoClassPoints } from '../randomPoints';
import { DEEP_LAYERS } from '../engine/benchProblem';

export const APP_CASE_NAMES = ['post', 'deep', 'full', 'widest'] as const;
export type AppCaseName = (typeof APP_CASE_NAMES)[number];

/** A built-in dataset by name (drawn with `count` points when given), or points of our own. */
export type AppCaseData =
  | { readonly dataset: string; readonly count?: number }
  | { readonly points: readonly LabelledPoint[] };

/**
 * What the app trains in one case, set through the store's own actions. A setting left out keeps
 * the app's default (and is only reported, not checked), so `post` stays the page as it opens.
 */
export interface AppCase {
  readonly name: AppCaseName;
  readonly hiddenLayers: readonly number[];
  readonly activation: ActivationName;
  readonly data: AppCaseData;
  readonly optimizer?: OptimizerName;
  readonly features?: readonly FeatureName[];
  readonly classCount?: number;
  readonly testShare?: number;
  /** How many earlier runs the cost chart compares with; each is trained a few steps, then reset. */
  readonly earlierRuns?: number;
  /** The `Inspect point` panel open on a point while training. */
  readonly inspect?: boolean;
  /** Whether the network view must show neuron thumbnails (it does for layers of up to ~22). */
  readonly thumbnails?: boolean;
}

export const DEEP_POINT_COUNT = 1000;
/** The widest network the app allows: 8 hidden layers of 32 (MAX_HIDDEN_LAYERS, MAX_LAYER_SIZE). */
export const WIDEST_LAYERS = Array.from({ length: 8 }, () => 32);

export function createAppCases(): AppCase[] {
  return [
    // The app's default state: the post's 2-4-4-2 ReLU net on its dataset.
    { name: 'post', hiddenLayers: [4, 4], activation: 'relu', data: { dataset: 'seed-1' } },
    {
      name: 'deep',
      hiddenLayers: DEEP_LAYERS.slice(1, -1),
      activation: 'relu',
      data: { points: twoClassPoints(DEEP_POINT_COUNT, 7) },
    },
    // Everything on: every input, Adam, held-out points, thumbnails, compare runs, inspect.
    {
      name: 'full',
      hiddenLayers: Array.from({ length: 8 }, () => 16),
      activation: 'tanh',
      data: { dataset: 'spiral', count: 1000 },
      optimizer: 'adam',
      features: FEATURE_NAMES,
      classCount: 2,
      testShare: 0.3,
      earlierRuns: 5,
      inspect: true,
      thumbnails: true,
    },
    {
      name: 'widest',
      hiddenLayers: WIDEST_LAYERS,
      activation: 'relu',
      data: { dataset: 'blobs', count: 1000 },
      classCount: 8,
    },
  ];
}
