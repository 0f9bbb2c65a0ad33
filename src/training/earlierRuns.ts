import type { ActivationName, BatchSize, FeatureName, OptimizerSettings } from '../engine';
import { FEATURE_LABELS } from '../data';
import type { RunCurve } from './runCurve';

/** At most this many earlier runs stay on the cost chart; a sixth drops the oldest. */
export const MAX_EARLIER_RUNS = 5;

/** The settings that tell one run from another, as the run trained under them. */
export interface RunFacts {
  readonly layers: readonly number[];
  readonly activation: ActivationName;
  readonly features: readonly FeatureName[];
  readonly optimizer: OptimizerSettings;
  readonly learningRate: number;
  readonly batchSize: BatchSize;
  readonly l1: number;
  readonly l2: number;
  readonly seed: number;
  readonly dataset: string;
  readonly pointCount: number;
}

/**
 * A run as a label reads it: each aspect formatted as the label shows it. A rate changed mid-run
 * reads `first→last`, so it differs from any run that trained under one rate.
 */
export type RunDescription = Readonly<Record<RunAspect, string>>;

/** How each aspect is named in a label, in the order labels list them. */
const ASPECT_LABELS = {
  learningRate: (v: string) => `lr ${v}`,
  optimizer: (v: string) => v,
  batchSize: (v: string) => `batch ${v}`,
  network: (v: string) => v,
  features: (v: string) => `inputs ${v}`,
  regularization: (v: string) => v,
  seed: (v: string) => `seed ${v}`,
  data: (v: string) => v,
} as const;

export type RunAspect = keyof typeof ASPECT_LABELS;

/** A finished run kept for comparison. */
export interface EarlierRun {
  /** Counts runs kept over the store's life, so a view can tell runs apart. */
  readonly id: number;
  readonly description: RunDescription;
  readonly curve: RunCurve;
}

/** An earlier run as the cost chart draws it: its curve and what tells it from the current run. */
export interface LabelledRun {
  readonly id: number;
  readonly label: string;
  readonly curve: RunCurve;
}

function optimizerText(optimizer: OptimizerSettings): string {
  switch (optimizer.kind) {
    case 'gd':
      return 'gradient descent';
    case 'momentum':
      return `momentum ${optimizer.momentum}`;
    case 'adam':
      return `Adam β1 ${optimizer.beta1} β2 ${optimizer.beta2}`;
  }
}

const regularizationText = ({ l1, l2 }: Pick<RunFacts, 'l1' | 'l2'>) =>
  l1 > 0 ? `L1 ${l1}` : l2 > 0 ? `L2 ${l2}` : 'no regularization';

/** Formats the aspects of a run; `last`, when given, holds the rates in force at its end. */
export function describeRun(facts: RunFacts, last: RunFacts = facts): RunDescription {
  const span = (format: (f: RunFacts) => string) => {
    const [a, b] = [format(facts), format(last)];
    return a === b ? a : `${a}→${b}`;
  };
  return {
    learningRate: span((f) => String(f.learningRate)),
    optimizer: span((f) => optimizerText(f.optimizer)),
    batchSize: span((f) => String(f.batchSize)),
    network: `${facts.layers.join('-')} ${facts.activation}`,
    features: facts.features.map((name) => FEATURE_LABELS[name]).join(', '),
    regularization: span(regularizationText),
    seed: String(facts.seed),
    data: `${facts.dataset}, ${facts.pointCount} points`,
  };
}

/**
 * What tells an earlier run from the current one: each aspect that differs, as `lr 0.05` or
 * `2-8-8-2 tanh`, joined by commas; `same settings` when none does (a plain Reset).
 */
export function labelEarlierRun(earlier: RunDescription, current: RunDescription): string {
  const parts: string[] = [];
  for (const aspect of Object.keys(ASPECT_LABELS) as RunAspect[]) {
    if (earlier[aspect] !== current[aspect]) parts.push(ASPECT_LABELS[aspect](earlier[aspect]));
  }
  return parts.length > 0 ? parts.join(', ') : 'same settings';
}

/** `runs` with `run` appended, the oldest dropped beyond `MAX_EARLIER_RUNS`. Allocates a list. */
export function keepEarlierRun(
  runs: readonly EarlierRun[],
  run: EarlierRun,
  max = MAX_EARLIER_RUNS,
): readonly EarlierRun[] {
  return [...runs, run].slice(-Math.max(1, max));
}
