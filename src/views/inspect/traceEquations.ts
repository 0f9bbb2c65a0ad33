import { activations, type ActivationName, type FeatureName } from '../../engine';
import type { PointTrace } from '../../training';
import { texColumn, texGrid, texMatrix, texNumber, texRow } from './texMatrix';

/** One line of the walk through the post's equations, in TeX. */
export interface Equation {
  /** Stable while the network keeps its shape: `z1`, `a2`, `cost`, `delta3`, `dW1`, ... */
  readonly key: string;
  readonly tex: string;
}

export interface EquationSection {
  readonly title: string;
  readonly equations: readonly Equation[];
}

const FEATURE_TEX: Readonly<Record<FeatureName, string>> = {
  x: 'x',
  y: 'y',
  x2: 'x^2',
  y2: 'y^2',
  xy: 'xy',
  sinx: '\\sin \\pi x',
  siny: '\\sin \\pi y',
};

const ACTIVATION_TEX: Readonly<Record<ActivationName, string>> = {
  relu: '\\operatorname{ReLU}',
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  linear: '\\operatorname{id}',
  'leaky-relu': '\\operatorname{LeakyReLU}',
};

function forwardPass(trace: PointTrace): Equation[] {
  const { layers, features } = trace;
  const last = layers.length - 1;
  const f = ACTIVATION_TEX[trace.activation];
  const names = texGrid(features.length, 1, (i) => FEATURE_TEX[features[i]]);
  const equations: Equation[] = [{ key: 'a0', tex: `a^{0} = ${names} = ${texColumn(trace.a[0])}` }];
  for (let l = 1; l <= last; l++) {
    const weights = texMatrix(trace.weights[l - 1], layers[l], layers[l - 1]);
    equations.push({
      key: `z${l}`,
      tex:
        `z^{${l}} = W^{${l}} a^{${l - 1}} + b^{${l}} = ${weights} ${texColumn(trace.a[l - 1])}` +
        ` + ${texColumn(trace.biases[l - 1])} = ${texColumn(trace.z[l])}`,
    });
    const rule = l === last ? '\\operatorname{SoftMax}' : f;
    equations.push({
      key: `a${l}`,
      tex: `a^{${l}} = ${rule}(z^{${l}}) = ${texColumn(trace.a[l])}`,
    });
  }
  return equations;
}

function cost(trace: PointTrace): Equation[] {
  const last = trace.layers.length - 1;
  const classes = trace.layers[last];
  const oneHot = texGrid(classes, 1, (i) => (i === trace.label ? '1' : '0'));
  return [
    { key: 'y', tex: `y = ${oneHot}` },
    {
      key: 'cost',
      tex:
        `C = -\\sum_i y_i \\log a^{${last}}_i` +
        ` = -\\log(${texNumber(trace.probabilities[trace.label])}) = ${texNumber(trace.cost)}`,
    },
  ];
}

function backwardPass(trace: PointTrace): Equation[] {
  const { layers } = trace;
  const last = layers.length - 1;
  const activation = activations[trace.activation];
  const f = ACTIVATION_TEX[trace.activation];
  const y = Array.from({ length: layers[last] }, (_, i) => (i === trace.label ? 1 : 0));
  const equations: Equation[] = [
    {
      key: `delta${last}`,
      tex:
        `\\delta^{${last}} = a^{${last}} - y = ${texColumn(trace.a[last])} - ${texColumn(y)}` +
        ` = ${texColumn(trace.delta[last])}`,
    },
  ];
  for (let l = last; l >= 1; l--) {
    if (l < last) {
      const z = trace.z[l];
      const slope = z.map((value, i) => activation.df(value, trace.a[l][i]));
      const transposed = texMatrix(trace.weights[l], layers[l + 1], layers[l], true);
      equations.push({
        key: `delta${l}`,
        tex:
          `\\delta^{${l}} = (W^{${l + 1}})^T \\delta^{${l + 1}} \\odot ${f}'(z^{${l}}) = ` +
          `${transposed} ${texColumn(trace.delta[l + 1])} \\odot ${texColumn(slope)}` +
          ` = ${texColumn(trace.delta[l])}`,
      });
    }
    const gradW = texMatrix(trace.gradW[l - 1], layers[l], layers[l - 1]);
    equations.push({
      key: `dW${l}`,
      tex:
        `\\frac{\\partial C}{\\partial W^{${l}}} = \\delta^{${l}} (a^{${l - 1}})^T = ` +
        `${texColumn(trace.delta[l])} ${texRow(trace.a[l - 1])} = ${gradW}`,
    });
    equations.push({
      key: `db${l}`,
      tex: `\\frac{\\partial C}{\\partial b^{${l}}} = \\delta^{${l}} = ${texColumn(trace.gradB[l - 1])}`,
    });
  }
  return equations;
}

/** The post's equations for one point, forward, cost and backward, with the trace's numbers. */
export function traceEquations(trace: PointTrace): EquationSection[] {
  return [
    { title: 'Forward pass', equations: forwardPass(trace) },
    { title: 'Cost', equations: cost(trace) },
    { title: 'Backward pass and gradient', equations: backwardPass(trace) },
  ];
}
