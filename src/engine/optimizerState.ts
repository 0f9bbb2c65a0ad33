/**
 * Throws a RangeError unless `array` can hold an optimizer's whole state, exactly `stateSize`
 * numbers.
 */
export function checkStateLength(array: Float64Array, stateSize: number): void {
  if (array.length !== stateSize) {
    throw new RangeError(
      `The optimizer's state holds ${stateSize} numbers; the array has ${array.length}.`,
    );
  }
}
