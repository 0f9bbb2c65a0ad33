/** One neuron of a network: `layer` 0..L in the post's numbering (0 is the input), `index` from 0. */
export interface NeuronRef {
  readonly layer: number;
  readonly index: number;
}

export function sameNeuron(a: NeuronRef | null, b: NeuronRef | null): boolean {
  return a === null || b === null ? a === b : a.layer === b.layer && a.index === b.index;
}
