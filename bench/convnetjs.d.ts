// The few parts of ConvNetJS the benchmark uses; the package ships no types.
declare module 'convnetjs' {
  export class Vol {
    constructor(sx: number, sy: number, depth: number, fill?: number);
    w: Float64Array;
    /** The gradient of the loss with respect to `w`, summed over the examples since the update. */
    dw: Float64Array;
  }

  export interface LayerDef {
    readonly type: string;
    readonly [option: string]: unknown;
  }

  export interface Layer {
    readonly layer_type: string;
    /** Fully connected layers: one filter a neuron, holding its incoming weights. */
    readonly filters?: Vol[];
    readonly biases?: Vol;
  }

  export class Net {
    layers: Layer[];
    makeLayers(defs: readonly LayerDef[]): void;
    forward(input: Vol, isTraining?: boolean): Vol;
    /** Adds the gradients of the loss of class `label` to every `dw`; returns the loss. */
    backward(label: number): number;
    getParamsAndGrads(): ParamsAndGrads[];
  }

  /** One parameter array of a layer, its gradient, and the multipliers of the decay rates. */
  export interface ParamsAndGrads {
    readonly params: Float64Array;
    readonly grads: Float64Array;
    readonly l1_decay_mul?: number;
    readonly l2_decay_mul?: number;
  }

  export interface TrainerOptions {
    readonly method?: 'sgd' | 'adagrad' | 'adadelta' | 'windowgrad' | 'nesterov';
    readonly learning_rate?: number;
    readonly batch_size?: number;
    readonly momentum?: number;
    readonly l1_decay?: number;
    readonly l2_decay?: number;
  }

  export class SGDTrainer {
    constructor(net: Net, options?: TrainerOptions);
    train(input: Vol, label: number): { readonly loss: number };
  }

  const convnetjs: {
    readonly Vol: typeof Vol;
    readonly Net: typeof Net;
    readonly SGDTrainer: typeof SGDTrainer;
  };
  export default convnetjs;
}
