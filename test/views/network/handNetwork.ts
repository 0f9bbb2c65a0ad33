import { createNetwork, createRng, type Network } from '../../../src/engine';

/** A 2-3-2 network with hand-picked weights: distinct magnitudes, both signs. */
export function handNetwork(): Network {
  return {
    layers: [2, 3, 2],
    activation: 'relu',
    weights: [
      Float64Array.from([0.1, -0.4, 0.8, -0.05, 0.25, -0.6]),
      Float64Array.from([-0.9, 0.3, 0.02, 0.5, -0.15, 0.7]),
    ],
    biases: [Float64Array.from([0.2, -0.7, 0]), Float64Array.from([-0.3, 0.45])],
  };
}

/** A network of any architecture with seeded random parameters. */
export function seededNetwork(layers: readonly number[], seed = 1): Network {
  return createNetwork(layers, 'relu', createRng(seed));
}

/** W^layer_(to,from) of a network, read as the engine documents its row-major weights. */
export function weightOf(network: Network, layer: number, from: number, to: number): number {
  return network.weights[layer - 1][to * network.layers[layer - 1] + from];
}
