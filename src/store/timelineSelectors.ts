import type { Network } from '../engine';
import type { AppState } from './types';

export const selectViewing = (s: AppState) => s.viewing;
export const selectViewedVersion = (s: AppState) => s.viewedVersion;
export const selectIsLive = (s: AppState) => s.viewing === null;
/** The iteration the views are catching up with, or null when they show where the timeline is. */
export const selectViewTarget = (s: AppState) => s.viewTarget;
/** Whether the timeline's replay still has steps to run, a slice a frame. */
export const selectReplaying = (s: AppState) => s.viewTarget !== null;
/** Where the timeline was put: the iteration being caught up with, else the one on screen. */
export const selectTimelineIteration = (s: AppState) => s.viewTarget ?? s.viewing;
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
