import { cloneNetwork, copyParameters, type Network, type Optimizer } from '../engine';

/**
 * A batch cost up to this is never a sign of blowing up: ln 8, the cost of a guess over the most
 * classes, is about 2, and a confident mistake on one point of a small batch stays well below.
 */
export const SANE_COST_FLOOR = 10;
/** A cost this many times the run's lowest is on its way to overflowing. */
export const SANE_COST_RATIO = 100;

/**
 * The highest batch cost whose parameters a divergence may roll back to. The lowest cost of a run
 * that starts from huge (imported) weights is itself huge, so its start always counts as sane.
 */
export function saneCostBound(lowestCost: number): number {
  return Math.max(SANE_COST_FLOOR, SANE_COST_RATIO * lowestCost);
}

/** The parameters and the optimizer's whole state at one iteration. */
interface RunSnapshot {
  readonly network: Network;
  optimizerState: Float64Array;
  iteration: number;
}

/**
 * Where a divergence rolls a run back to: the last iteration whose batch cost was finite and
 * within `saneCostBound` of the run's lowest. The weights kept just before the loss overflowed
 * are finite but already enormous (a cost of 1e156), so restoring those would diverge again at
 * any learning rate. Two snapshots are swapped rather than copied: `hold` saves the state before
 * a step, and `accept` makes it the rollback point once that state's cost proves sane.
 */
export interface RollbackPoint {
  /** The iteration the run goes back to on a divergence. */
  readonly iteration: number;
  /** Saves the run's state before the step of `iteration`. Mutates the held snapshot. */
  hold(network: Network, optimizer: Optimizer, iteration: number): void;
  /**
   * Makes the held state the rollback point when its batch `cost` is finite and sane, and
   * lowers the run's lowest cost. Mutates the rollback point.
   */
  accept(cost: number): void;
  /** Puts the rollback point's parameters and optimizer state back into the run. */
  restore(network: Network, optimizer: Optimizer): void;
  /**
   * Makes the run's current state the rollback point, for a change from outside the steps
   * (a new optimizer, weights kept or loaded). Mutates the rollback point.
   */
  reset(network: Network, optimizer: Optimizer, iteration: number): void;
}

export function createRollbackPoint(
  network: Network,
  optimizer: Optimizer,
  iteration = 0,
): RollbackPoint {
  const snapshotOf = (): RunSnapshot => ({
    network: cloneNetwork(network),
    optimizerState: new Float64Array(optimizer.stateSize),
    iteration,
  });
  let sane = snapshotOf();
  let held = snapshotOf();
  let lowestCost = Infinity;
  const save = (into: RunSnapshot, from: Network, run: Optimizer, at: number) => {
    copyParameters(from, into.network);
    if (into.optimizerState.length !== run.stateSize) {
      into.optimizerState = new Float64Array(run.stateSize);
    }
    run.snapshot(into.optimizerState);
    into.iteration = at;
  };
  save(sane, network, optimizer, iteration);
  return {
    get iteration() {
      return sane.iteration;
    },
    hold(from, run, at) {
      save(held, from, run, at);
    },
    accept(cost) {
      if (!Number.isFinite(cost)) return;
      lowestCost = Math.min(lowestCost, cost);
      if (cost > saneCostBound(lowestCost)) return;
      [sane, held] = [held, sane];
    },
    restore(into, run) {
      copyParameters(sane.network, into);
      run.restore(sane.optimizerState);
    },
    reset(from, run, at) {
      save(sane, from, run, at);
    },
  };
}
