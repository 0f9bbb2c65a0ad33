import type { StoreApi } from 'zustand/vanilla';
import type { Trainer } from '../training';
import type { AppState, State } from './types';

/** What the store's action groups share: state access, the trainer and the common moves. */
export interface StoreKit {
  readonly get: StoreApi<AppState>['getState'];
  readonly set: (changes: Partial<State>) => void;
  readonly trainer: Trainer;
  /** A fresh run for the current (or changed) configuration, at iteration 0, in one update. */
  readonly restart: (changes?: Partial<State>) => void;
  /** A new run for a changed architecture, keeping the layers whose shape is unchanged. */
  readonly reshape: (changes: Partial<State>, notice?: string | null) => void;
  /** Cost and accuracy over the points (or changed points), for a change made between frames. */
  readonly measure: (
    points?: Pick<State, 'samples' | 'testSamples'>,
  ) => Pick<State, 'progress' | 'weightsVersion'>;
  /** Tells the person why an input was refused; nothing else changes. */
  readonly refuse: (notice: string) => void;
}
