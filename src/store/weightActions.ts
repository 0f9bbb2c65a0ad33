import type { StoreKit } from './storeKit';
import type { Actions } from './types';

type WeightActions = Pick<Actions, 'setWeight'>;

/**
 * The largest |weight| a person may set by hand. Far past anything training reaches on the plane
 * (the diagram's thickness scale tops out long before), yet small enough that one edited weight
 * cannot overflow the softmax on its own.
 */
export const MAX_WEIGHT = 100;

const postName = (layer: number, to: number, from: number) => `W^${layer}_(${to + 1},${from + 1})`;

/** Editing one weight of the run by hand; training then continues from it. */
export function createWeightActions(kit: StoreKit): WeightActions {
  const { get, set, trainer, measure, refuse } = kit;
  return {
    setWeight(layer, to, from, value) {
      const { layers, weights } = trainer.network;
      const fits =
        Number.isInteger(layer) &&
        layer >= 1 &&
        layer < layers.length &&
        Number.isInteger(to) &&
        to >= 0 &&
        to < layers[layer] &&
        Number.isInteger(from) &&
        from >= 0 &&
        from < layers[layer - 1];
      if (!fits) {
        refuse(
          `The network ${layers.join('-')} has no weight from neuron ${from + 1} of layer ${layer - 1} to neuron ${to + 1} of layer ${layer}.`,
        );
        return false;
      }
      const name = postName(layer, to, from);
      const current = weights[layer - 1][to * layers[layer - 1] + from];
      if (typeof get().viewing === 'number') {
        refuse(
          `${name} can be edited in the present only: press Live (or Resume from here) first.`,
        );
        return false;
      }
      if (!(Number.isFinite(value) && Math.abs(value) <= MAX_WEIGHT)) {
        refuse(
          `A weight must be a number from -${MAX_WEIGHT} to ${MAX_WEIGHT}; ${name} stays ${current}.`,
        );
        return false;
      }
      trainer.setWeight(layer, to, from, value);
      // While training runs, the next frame measures; when paused, the readouts follow at once.
      set(
        get().running
          ? { weightsVersion: trainer.weightsVersion, notice: null }
          : { ...measure(), notice: null },
      );
      return true;
    },
  };
}
