import type { Network } from '../engine';
import type { AppState } from './types';

export const selectViewing = (s: AppState) => s.viewing;
export const selectViewedVersion = (s: AppState) => s.viewedVersion;
export const selectIsLive = (s: AppState) => s.viewing === null;
/** The run's latest iteration, the timeline's end. */
export const selectLatestIteration = (s: AppState) => s.progress.iteration;

/** The network every view shows: the viewed iteration's parameters, or the live ones. */
export const selectShownNetwork = (s: AppState): Network =>
  s.viewing === null || s.viewedNetwork === null ? s.trainer.network : s.viewedNetwork;

/**
 * Changes when the shown network's parameters do. Live and viewed versions count apart, so a view
 * that switches between them also compares which network it is given.
 */
export const selectShownVersion = (s: AppState) =>
  s.viewing === null ? s.weightsVersion : s.viewedVersion;
