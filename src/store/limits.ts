export const LEARNING_RATE_MIN = 1e-4;
export const LEARNING_RATE_MAX = 10;
export const MAX_HIDDEN_LAYERS = 8;
export const MAX_LAYER_SIZE = 32;
export const MAX_BATCH_SIZE = 10_000;
export const MAX_POINTS = 10_000;

export function isLearningRate(rate: number): boolean {
  return rate >= LEARNING_RATE_MIN && rate <= LEARNING_RATE_MAX;
}
