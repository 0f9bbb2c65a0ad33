import type { Network, Optimizer, OptimizerSettings, Rng } from '../engine';

/**
 * Everything a run needs to go on exactly as it would have from one iteration: the parameters,
 * the optimizer (its settings and whole state) and the random stream's state. Immutable once
 * captured.
 */
export interface RunState {
  readonly iteration: number;
  /** Every weight and bias, in the order W^1, b^1, W^2, b^2, ... */
  readonly parameters: Float64Array;
  readonly optimizerSettings: OptimizerSettings;
  readonly optimizerState: Float64Array;
  readonly rngState: readonly number[];
}

/** The parts of a run a state is captured from and loaded into. */
export interface RunParts {
  readonly network: Network;
  readonly optimizer: Optimizer;
  readonly rng: Rng;
  readonly iteration: number;
}

/** Copies every weight and bias of `net` into `into`, in the order of `RunState.parameters`. */
export function flattenParameters(net: Network, into: Float64Array): void {
  let offset = 0;
  for (let l = 0; l < net.weights.length; l++) {
    into.set(net.weights[l], offset);
    offset += net.weights[l].length;
    into.set(net.biases[l], offset);
    offset += net.biases[l].length;
  }
}

/** Sets every weight and bias of `net` from `from`, the inverse of `flattenParameters`. Mutates `net`. */
export function unflattenParameters(from: Float64Array, net: Network): void {
  let offset = 0;
  for (let l = 0; l < net.weights.length; l++) {
    const w = net.weights[l];
    w.set(from.subarray(offset, offset + w.length));
    offset += w.length;
    const b = net.biases[l];
    b.set(from.subarray(offset, offset + b.length));
    offset += b.length;
  }
}

export function captureRunState(run: RunParts, parameterCount: number): RunState {
  const parameters = new Float64Array(parameterCount);
  flattenParameters(run.network, parameters);
  const optimizerState = new Float64Array(run.optimizer.stateSize);
  run.optimizer.snapshot(optimizerState);
  return {
    iteration: run.iteration,
    parameters,
    optimizerSettings: run.optimizer.settings,
    optimizerState,
    rngState: run.rng.state(),
  };
}

/** What a JavaScript object with two typed arrays and a small array costs beyond their data. */
export const RUN_STATE_OVERHEAD_BYTES = 400;

/** The memory a captured state holds. */
export function runStateBytes(state: RunState): number {
  return state.parameters.byteLength + state.optimizerState.byteLength + RUN_STATE_OVERHEAD_BYTES;
}
