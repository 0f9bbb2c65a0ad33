import type { MiniBatchStepOptions, OptimizerSettings, Samples } from '../engine';
import { runStateBytes, type RunState } from './runState';

/** What a training step reads besides the run's state: the points and the rates. */
export interface StepSettings extends MiniBatchStepOptions {
  readonly samples: Samples;
}

/** The step settings of `settings`, without anything else it carries. */
export function stepSettingsOf(settings: StepSettings): StepSettings {
  const { samples, learningRate, batchSize, l1 = 0, l2 = 0 } = settings;
  return { samples, learningRate, batchSize, l1, l2 };
}

/** True when a step under `a` and one under `b` compute the same thing. Points compare by identity. */
export function sameStepSettings(a: StepSettings, b: StepSettings): boolean {
  return (
    a.samples === b.samples &&
    a.learningRate === b.learningRate &&
    a.batchSize === b.batchSize &&
    (a.l1 ?? 0) === (b.l1 ?? 0) &&
    (a.l2 ?? 0) === (b.l2 ?? 0)
  );
}

/**
 * What changed in a run at one iteration, beyond what its steps did: a replay that reaches the
 * iteration applies it, in this order: `state`, then `optimizer`, then `edits`.
 */
export interface ChangeRecord {
  readonly iteration: number;
  /** The settings in force from this iteration on; null where they did not change here. */
  settings: StepSettings | null;
  /** The whole state, where it cannot be replayed (a divergence rolled the run back). */
  state: RunState | null;
  /** A fresh optimizer with these settings replaced the old one. */
  optimizer: OptimizerSettings | null;
  /** Parameters set by hand: flat index (as in `RunState.parameters`) to value. */
  edits: Map<number, number> | null;
}

export type Change = Partial<Omit<ChangeRecord, 'iteration'>>;

/** What a record costs beyond its state and points: the object and a Map entry per edit. */
const RECORD_OVERHEAD_BYTES = 200;
const EDIT_BYTES = 48;

/**
 * The changes of a run, one record an iteration at most, in order. Records are never thinned:
 * replay needs every one; they come from a person's actions, not from the run's length.
 */
export interface ChangeLog {
  readonly records: readonly ChangeRecord[];
  /** What the records hold, counting each distinct set of points once. */
  readonly bytes: number;
  /** Merges `change` into the record at `iteration` (the latest), creating it. Mutates. */
  record(iteration: number, change: Change): void;
  /** The settings in force at `iteration` (after its own record); null before any were recorded. */
  settingsAt(iteration: number): StepSettings | null;
  /** The first record after `iteration`, if any. */
  firstAfter(iteration: number): ChangeRecord | undefined;
  /** Drops every record after `iteration`. Mutates. */
  truncateAfter(iteration: number): void;
  clear(): void;
}

function merge(into: ChangeRecord, change: Change): void {
  if (change.settings) into.settings = change.settings;
  if (change.state) {
    // A whole state already holds whatever this iteration changed before it.
    into.state = change.state;
    into.optimizer = null;
    into.edits = null;
  }
  if (change.optimizer) into.optimizer = change.optimizer;
  if (change.edits) {
    into.edits ??= new Map();
    for (const [index, value] of change.edits) into.edits.set(index, value);
  }
}

export function createChangeLog(): ChangeLog {
  const records: ChangeRecord[] = [];
  let bytes = 0;

  const recount = () => {
    const points = new Set<Samples>();
    bytes = 0;
    for (const record of records) {
      bytes += RECORD_OVERHEAD_BYTES + (record.edits?.size ?? 0) * EDIT_BYTES;
      if (record.state) bytes += runStateBytes(record.state);
      if (record.settings) points.add(record.settings.samples);
    }
    for (const samples of points) bytes += samples.inputs.byteLength + samples.labels.byteLength;
  };

  /** Index of the last record at or before `iteration`, -1 when none. */
  const lastAtOrBefore = (iteration: number): number => {
    let index = records.length - 1;
    while (index >= 0 && records[index].iteration > iteration) index--;
    return index;
  };

  return {
    records,
    get bytes() {
      return bytes;
    },
    record(iteration, change) {
      const last = records[records.length - 1];
      if (last !== undefined && iteration < last.iteration) {
        throw new RangeError(
          `A change at iteration ${iteration} comes before the latest, at ${last.iteration}.`,
        );
      }
      if (last === undefined || last.iteration !== iteration) {
        records.push({ iteration, settings: null, state: null, optimizer: null, edits: null });
      }
      merge(records[records.length - 1], change);
      recount();
    },
    settingsAt(iteration) {
      for (let i = lastAtOrBefore(iteration); i >= 0; i--) {
        const settings = records[i].settings;
        if (settings) return settings;
      }
      return null;
    },
    firstAfter(iteration) {
      const index = lastAtOrBefore(iteration) + 1;
      return records[index];
    },
    truncateAfter(iteration) {
      records.length = lastAtOrBefore(iteration) + 1;
      recount();
    },
    clear() {
      records.length = 0;
      bytes = 0;
    },
  };
}
