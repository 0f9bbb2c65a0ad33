/**
 * Hidden-layer activations, each beside its derivative. The derivative takes both the input z and
 * the output a = f(z), so tanh and sigmoid reuse the value already computed in the forward pass.
 *
 * `forward` and `backward` are the same rules written as loops over a buffer: one loop per
 * activation keeps each call site monomorphic, which is most of the engine's speed.
 */
export interface Activation {
  readonly f: (z: number) => number;
  readonly df: (z: number, a: number) => number;
  /** a[i] = f(z[i]) for i < length. Mutates `a`. */
  readonly forward: (z: Float64Array, a: Float64Array, length: number) => void;
  /** delta[i] *= f'(z[i]) for i < length. Mutates `delta`. */
  readonly backward: (
    delta: Float64Array,
    z: Float64Array,
    a: Float64Array,
    length: number,
  ) => void;
}

// New names go last: tests and saved settings may refer to an activation by its place here.
export const ACTIVATION_NAMES = ['relu', 'tanh', 'sigmoid', 'linear', 'leaky-relu'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

// The loops are branch-free: with signs that change from point to point a branch is mispredicted
// half the time, which made these loops several times slower than the arithmetic. For finite z,
// (z + |z|) / 2 is exactly max(z, 0) (doubling and halving are exact) up to 8.9e307, where the
// sum overflows; at z = -Infinity it gives NaN. Both only happen once training has diverged,
// which the trainers detect from the non-finite cost that follows.
const relu: Activation = {
  f: (z) => (z > 0 ? z : 0),
  df: (z) => (z > 0 ? 1 : 0),
  forward(z, a, length) {
    for (let i = 0; i < length; i++) {
      const v = z[i];
      a[i] = (v + Math.abs(v)) * 0.5;
    }
  },
  backward(delta, z, _a, length) {
    for (let i = 0; i < length; i++) delta[i] *= +(z[i] > 0);
  },
};

/** The slope of leaky ReLU below zero, where ReLU's is 0: a neuron pushed there still learns. */
export const LEAKY_RELU_SLOPE = 0.01;
// The slope above zero less the one below, so the slope is LEAKY_RELU_SLOPE + rise * (z > 0);
// 0.01 + 0.99 is exactly 1 in floating point.
const LEAKY_RELU_RISE = 1 - LEAKY_RELU_SLOPE;

// Math.max compiles to one instruction, without a branch; for z > 0 it picks z, below 0 it picks
// 0.01 z, and at +-0 both are the same zero, as in f.
const leakyRelu: Activation = {
  f: (z) => (z > 0 ? z : LEAKY_RELU_SLOPE * z),
  df: (z) => (z > 0 ? 1 : LEAKY_RELU_SLOPE),
  forward(z, a, length) {
    for (let i = 0; i < length; i++) {
      const v = z[i];
      a[i] = Math.max(v, LEAKY_RELU_SLOPE * v);
    }
  },
  backward(delta, z, _a, length) {
    for (let i = 0; i < length; i++) delta[i] *= LEAKY_RELU_SLOPE + LEAKY_RELU_RISE * +(z[i] > 0);
  },
};

/**
 * tanh(z) = 1 - 2 / (e^(2z) + 1): one exp, about twice as fast as Math.tanh in V8, which matters
 * in deep tanh nets. Its absolute error stays within a few 1e-16 (relative error grows only for
 * |z| below 1e-8, where tanh(z) is itself that small), and it saturates cleanly to +-1.
 */
const tanhOf = (z: number) => 1 - 2 / (Math.exp(2 * z) + 1);

const tanh: Activation = {
  f: tanhOf,
  df: (_z, a) => 1 - a * a,
  forward(z, a, length) {
    for (let i = 0; i < length; i++) a[i] = 1 - 2 / (Math.exp(2 * z[i]) + 1);
  },
  backward(delta, _z, a, length) {
    for (let i = 0; i < length; i++) delta[i] *= 1 - a[i] * a[i];
  },
};

const sigmoid: Activation = {
  f: (z) => 1 / (1 + Math.exp(-z)),
  df: (_z, a) => a * (1 - a),
  forward(z, a, length) {
    for (let i = 0; i < length; i++) a[i] = 1 / (1 + Math.exp(-z[i]));
  },
  backward(delta, _z, a, length) {
    for (let i = 0; i < length; i++) delta[i] *= a[i] * (1 - a[i]);
  },
};

const linear: Activation = {
  f: (z) => z,
  df: () => 1,
  forward(z, a, length) {
    for (let i = 0; i < length; i++) a[i] = z[i];
  },
  backward() {},
};

export const activations: Readonly<Record<ActivationName, Activation>> = {
  relu,
  'leaky-relu': leakyRelu,
  tanh,
  sigmoid,
  linear,
};

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATION_NAMES as readonly string[]).includes(name);
}
