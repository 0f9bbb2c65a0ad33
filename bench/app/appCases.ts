import type { ActivationName, LabelledPoint } from '../../src/engine';
import { twoClassPoints } from '../randomPoints';
import { DEEP_LAYERS } from '../engine/benchProblem';

export const APP_CASE_NAMES = ['post', 'deep'] as const;
export type AppCaseName = (typeof APP_CASE_NAMES)[number];

/** What the app trains in one case: set through the store's own actions. */
export interface AppCase {
  readonly name: AppCaseName;
  readonly hiddenLayers: readonly number[];
  readonly activation: ActivationName;
  /** A built-in dataset by name, or points of our own. */
  readonly data: { readonly dataset: string } | { readonly points: readonly LabelledPoint[] };
}

export const DEEP_POINT_COUNT = 1000;

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
  ];
}
