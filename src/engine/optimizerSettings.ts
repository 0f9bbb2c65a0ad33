/** The ways a step can turn mean gradients into a change of the parameters. */
export const OPTIMIZER_NAMES = ['gd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export const DEFAULT_MOMENTUM = 0.9;
export const DEFAULT_BETA1 = 0.9;
export const DEFAULT_BETA2 = 0.999;
export const DEFAULT_EPSILON = 1e-8;

/** Plain gradient descent, the post's: p -= lr g. */
export interface GdSettings {
  readonly kind: 'gd';
}

/** Momentum: v = μ v + g; p -= lr v. */
export interface MomentumSettings {
  readonly kind: 'momentum';
  /** μ, from 0 up to (not including) 1. */
  readonly momentum: number;
}

/** Adam with bias correction; see `createAdamOptimizer`. */
export interface AdamSettings {
  readonly kind: 'adam';
  /** Decay of the mean of the gradients, from 0 up to (not including) 1. */
  readonly beta1: number;
  /** Decay of the mean of the squared gradients, from 0 up to (not including) 1. */
  readonly beta2: number;
  /** Added to the root of the second moment so the step stays finite; positive. */
  readonly epsilon: number;
}

export type OptimizerSettings = GdSettings | MomentumSettings | AdamSettings;

export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === 'string' && (OPTIMIZER_NAMES as readonly string[]).includes(name);
}

/** The settings of optimizer `name` with every number at its default. */
export function defaultOptimizerSettings(name: OptimizerName): OptimizerSettings {
  if (name === 'momentum') return { kind: 'momentum', momentum: DEFAULT_MOMENTUM };
  if (name === 'adam') {
    return { kind: 'adam', beta1: DEFAULT_BETA1, beta2: DEFAULT_BETA2, epsilon: DEFAULT_EPSILON };
  }
  return { kind: 'gd' };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function unknownOptimizer(kind: unknown): RangeError {
  return new RangeError(
    `kind: unknown optimizer ${describe(kind)}, expected one of ${OPTIMIZER_NAMES.join(', ')}`,
  );
}

function checkDecay(field: string, value: unknown): void {
  if (!(typeof value === 'number' && value >= 0 && value < 1)) {
    throw new RangeError(
      `${field}: expected a number from 0 up to (not including) 1, found ${describe(value)}`,
    );
  }
}

/**
 * Throws a RangeError naming the field (`kind`, `momentum`, `beta1`, `beta2` or `epsilon`) when
 * the optimizer is unknown or one of its numbers is out of range.
 */
export function checkOptimizerSettings(settings: OptimizerSettings): void {
  switch (settings.kind) {
    case 'gd':
      return;
    case 'momentum':
      checkDecay('momentum', settings.momentum);
      return;
    case 'adam':
      checkDecay('beta1', settings.beta1);
      checkDecay('beta2', settings.beta2);
      if (!(
        typeof settings.epsilon === 'number' &&
        settings.epsilon > 0 &&
        settings.epsilon < Infinity
      )) {
        throw new RangeError(
          `epsilon: expected a positive finite number, found ${describe(settings.epsilon)}`,
        );
      }
      return;
    default:
      throw unknownOptimizer((settings as { kind: unknown }).kind);
  }
}

/**
 * Optimizer settings from untrusted JSON, such as a saved session: `kind` must name a known
 * optimizer, and a number that is absent takes its default. Throws a RangeError naming the field.
 */
export function readOptimizerSettings(json: unknown): OptimizerSettings {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new RangeError('optimizer: expected an object with a kind');
  }
  const fields = json as Record<string, unknown>;
  if (!isOptimizerName(fields.kind)) throw unknownOptimizer(fields.kind);
  const defaults = defaultOptimizerSettings(fields.kind) as unknown as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(defaults)) settings[key] = fields[key] ?? defaults[key];
  checkOptimizerSettings(settings as unknown as OptimizerSettings);
  return settings as unknown as OptimizerSettings;
}
