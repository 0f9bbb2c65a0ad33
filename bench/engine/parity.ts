import type { EngineName, EngineTrainer, Parameters } from './engineAdapter';

/** Steps every fresh engine takes before its parameters are compared with ours. */
export const PARAMETER_CHECK_STEPS = 5;
/** Steps every engine has taken, counting those above, when the losses are compared. */
export const LOSS_CHECK_STEPS = 20;
/** TensorFlow.js computes in float32, the others in float64. */
export const LOSS_TOLERANCE = 1e-4;
/**
 * The largest difference of any weight or bias from ours after PARAMETER_CHECK_STEPS steps.
 * ConvNetJS computes in float64 but sums each batch's gradients in another order; TensorFlow.js
 * computes in float32 (a relative precision of 6e-8 on parameters of order 1).
 */
export const PARAMETER_TOLERANCE: Readonly<Record<EngineName, number>> = {
  'backprop-lab': 0,
  convnetjs: 1e-12,
  'tfjs-cpu': 1e-5,
};

export interface ParityEngine {
  readonly name: EngineName;
  readonly trainer: EngineTrainer;
}

/**
 * Throws unless every engine, from the same parameters and the same batches, reaches the same
 * parameters as ours (the first engine) after a few steps, and the same loss after a few more:
 * the figures compare the same arithmetic, not just the same shapes. Returns a line for the log.
 * Mutates the trainers.
 */
export function checkSameWork(net: string, engines: readonly ParityEngine[]): string {
  const differences = engines.map(({ trainer }) => {
    for (let s = 0; s < PARAMETER_CHECK_STEPS; s++) trainer.trainStep();
    return trainer.parameters();
  });
  const gaps = differences.map((parameters) => largestDifference(differences[0], parameters));
  const off = engines.filter(({ name }, e) => !(gaps[e] <= PARAMETER_TOLERANCE[name]));
  const found = (values: readonly number[], digits = 2) =>
    engines.map(({ name }, e) => `${name} ${Number(values[e].toPrecision(digits))}`).join(', ');
  if (off.length > 0) {
    throw new Error(
      `${net}: the engines' parameters differ from ours after ${PARAMETER_CHECK_STEPS} steps ` +
        `(largest difference: ${found(gaps)}; tolerance: ${found(engines.map((e) => PARAMETER_TOLERANCE[e.name]))})`,
    );
  }
  const losses = engines.map(({ trainer }) => {
    for (let s = PARAMETER_CHECK_STEPS; s < LOSS_CHECK_STEPS; s++) trainer.trainStep();
    return trainer.meanLoss();
  });
  if (losses.some((loss) => !(Math.abs(loss - losses[0]) <= LOSS_TOLERANCE))) {
    throw new Error(
      `${net}: the engines disagree after ${LOSS_CHECK_STEPS} steps (loss ${found(losses, 8)})`,
    );
  }
  return (
    `engine ${net}: parameters after ${PARAMETER_CHECK_STEPS} steps within ` +
    `${found(gaps)} of ours; every engine at loss ` +
    `${losses[0].toFixed(6)} after ${LOSS_CHECK_STEPS} steps`
  );
}

/** The largest absolute difference between matching weights or biases; Infinity on NaN. */
export function largestDifference(a: Parameters, b: Parameters): number {
  let largest = 0;
  const arrays = (p: Parameters) => [...p.weights, ...p.biases];
  const [left, right] = [arrays(a), arrays(b)];
  if (left.length !== right.length) return Infinity;
  left.forEach((values, k) => {
    if (values.length !== right[k].length) largest = Infinity;
    for (let i = 0; i < values.length; i++) {
      const gap = Math.abs(values[i] - right[k][i]);
      largest = gap <= largest ? largest : Number.isNaN(gap) ? Infinity : gap;
    }
  });
  return largest;
}
