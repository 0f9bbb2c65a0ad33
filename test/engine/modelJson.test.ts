import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  createBatchBuffers,
  createNetwork,
  createRng,
  forward,
  fromModelJson,
  loadBatch,
  MODEL_FORMAT,
  MODEL_VERSION,
  ModelFormatError,
  parseModel,
  samplesFromPoints,
  stringifyModel,
  toModelJson,
  type ModelJson,
  type Network,
} from '../../src/engine';

/** The 2-3-2 example of DESIGN.md. */
function designExample(): ModelJson {
  return {
    format: 'backprop-lab.model',
    version: 1,
    layers: [2, 3, 2],
    activation: 'relu',
    weights: [
      [
        [0.12, -0.31],
        [0.05, 0.44],
        [-0.27, 0.09],
      ],
      [
        [0.33, -0.18, 0.21],
        [-0.41, 0.02, 0.15],
      ],
    ],
    biases: [
      [0.1, -0.2, 0.05],
      [0.0, 0.3],
    ],
  };
}

function parameters(net: Network): number[] {
  return [...net.weights, ...net.biases].flatMap((array) => Array.from(array));
}

/** Reads `json` expecting a ModelFormatError, and returns its message. */
function rejection(json: unknown): string {
  try {
    fromModelJson(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelFormatError);
    return (error as Error).message;
  }
  throw new Error('fromModelJson accepted an invalid model');
}

function withChange(change: (model: Record<string, unknown> & ModelJson) => void): unknown {
  const model = designExample() as Record<string, unknown> & ModelJson;
  change(model);
  return model;
}

describe('toModelJson(net) and fromModelJson(json)', () => {
  it('round-trip every parameter exactly, also through stringify and parse', () => {
    for (const activation of ACTIVATION_NAMES) {
      const net = createNetwork([2, 5, 3, 4], activation, createRng(3));
      // Awkward values: shortest decimal forms, subnormals, extremes.
      net.weights[0][0] = 0.1 + 0.2;
      net.weights[1][2] = 5e-324;
      net.biases[2][1] = -1.7976931348623157e308;
      net.biases[0][4] = 1 / 3;
      const back = fromModelJson(toModelJson(net));
      expect(back).toEqual(net);
      expect(parameters(back)).toStrictEqual(parameters(net));
      const viaText = parseModel(stringifyModel(net));
      expect(parameters(viaText)).toStrictEqual(parameters(net));
      expect(viaText.layers).toEqual(net.layers);
      expect(viaText.activation).toBe(activation);
      expect(fromModelJson(JSON.parse(JSON.stringify(toModelJson(net))))).toEqual(net);
    }
  });

  it('lays out weights[l][i][j] as W^(l+1)_(i,j), rows the receiving neurons, as DESIGN.md', () => {
    const example = designExample();
    const net = fromModelJson(example);
    expect(net.layers).toEqual([2, 3, 2]);
    expect(net.activation).toBe('relu');
    for (let l = 0; l < 2; l++) {
      const columns = net.layers[l];
      example.weights[l].forEach((row, i) =>
        row.forEach((value, j) => expect(net.weights[l][i * columns + j]).toBe(value)),
      );
      example.biases[l].forEach((value, i) => expect(net.biases[l][i]).toBe(value));
    }
    expect(toModelJson(net)).toEqual(example);

    // The forward pass reads the rows the same way: z^1_i = sum_j weights[0][i][j] x_j + b^1_i.
    const x = [0.7, -0.4];
    const buffers = createBatchBuffers(net.layers, 1);
    loadBatch(buffers, samplesFromPoints([{ x: x[0], y: x[1], label: 0 }]), null, 1);
    forward(net, buffers, 1);
    example.weights[0].forEach((row, i) => {
      const z = row[0] * x[0] + row[1] * x[1] + example.biases[0][i];
      expect(buffers.z[1][i]).toBeCloseTo(z, 15);
    });
  });

  it('writes the format, and version 1 (which every reader takes) for a net on x, y', () => {
    const json = toModelJson(createNetwork([2, 2], 'linear', createRng(1)));
    expect(json.format).toBe(MODEL_FORMAT);
    expect(json.format).toBe('backprop-lab.model');
    expect(json.version).toBe(1);
    expect(json).not.toHaveProperty('features');
    expect(MODEL_VERSION).toBe(2);
  });
});

describe('fromModelJson(json) rejects, naming the field,', () => {
  it('an unknown format', () => {
    expect(rejection(withChange((m) => (m.format = 'other.model' as never)))).toMatch(/^format\b/);
    expect(rejection(withChange((m) => delete (m as Partial<ModelJson>).format))).toMatch(
      /^format\b/,
    );
  });

  it('a newer version', () => {
    const message = rejection(withChange((m) => (m.version = MODEL_VERSION + 1)));
    expect(message).toMatch(/^version\b/);
    expect(message).toMatch(/newer/);
    expect(rejection(withChange((m) => (m.version = '1' as never)))).toMatch(/^version\b/);
  });

  it('weights with the wrong number of rows', () => {
    const message = rejection(withChange((m) => m.weights[0].pop()));
    expect(message).toMatch(/^weights\[0\]/);
  });

  it('weights with the wrong number of columns', () => {
    const message = rejection(withChange((m) => m.weights[1][1].push(0.5)));
    expect(message).toMatch(/^weights\[1\]\[1\]/);
  });

  it('weights or biases with the wrong number of layers', () => {
    expect(rejection(withChange((m) => m.weights.pop()))).toMatch(/^weights\b/);
    expect(rejection(withChange((m) => m.biases.push([1, 2])))).toMatch(/^biases\b/);
  });

  it('biases of the wrong length', () => {
    expect(rejection(withChange((m) => m.biases[1].pop()))).toMatch(/^biases\[1\]/);
  });

  it('numbers that are not finite', () => {
    expect(rejection(withChange((m) => (m.weights[0][1][0] = 'NaN' as never)))).toMatch(
      /^weights\[0\]\[1\]\[0\]/,
    );
    expect(rejection(withChange((m) => (m.biases[0][2] = null as never)))).toMatch(
      /^biases\[0\]\[2\]/,
    );
    expect(rejection(withChange((m) => (m.weights[1][0][2] = Infinity)))).toMatch(
      /^weights\[1\]\[0\]\[2\]/,
    );
  });

  it('an unknown activation', () => {
    const message = rejection(withChange((m) => (m.activation = 'softplus')));
    expect(message).toMatch(/^activation\b/);
    expect(message).toMatch(/softplus/);
  });

  it('a number of classes outside 2..8', () => {
    for (const classes of [1, 9]) {
      const model = withChange((m) => {
        m.layers = [2, 3, classes];
        m.weights[1] = Array.from({ length: classes }, () => [0, 0, 0]);
        m.biases[1] = Array.from({ length: classes }, () => 0);
      });
      expect(rejection(model)).toMatch(/^layers\[2\]/);
    }
  });

  it('layers that are not positive integers, or not an array', () => {
    expect(rejection(withChange((m) => (m.layers = [2, 0, 2])))).toMatch(/^layers\[1\]/);
    expect(rejection(withChange((m) => (m.layers = [2, 2.5, 2])))).toMatch(/^layers\[1\]/);
    expect(rejection(withChange((m) => (m.layers = 'two' as never)))).toMatch(/^layers\b/);
  });

  it('something that is not an object', () => {
    for (const json of [null, [], 'model', 3]) expect(rejection(json)).toMatch(/^model\b/);
  });
});

describe('parseModel(text)', () => {
  it('reads the text of a model', () => {
    const net = parseModel(JSON.stringify(designExample()));
    expect(toModelJson(net)).toEqual(designExample());
  });

  it('turns invalid JSON into a ModelFormatError naming the model', () => {
    for (const text of ['{', '', '{"format": NaN}']) {
      expect(() => parseModel(text)).toThrow(ModelFormatError);
      expect(() => parseModel(text)).toThrow(/^model: not valid JSON/);
    }
  });
});

describe('stringifyModel(net)', () => {
  it('writes indented JSON ending in a newline', () => {
    const text = stringifyModel(fromModelJson(designExample()));
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(designExample());
  });
});
