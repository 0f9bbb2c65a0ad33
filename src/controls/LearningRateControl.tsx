import { isLearningRate, LEARNING_RATE_MAX, LEARNING_RATE_MIN } from '../data';
import { selectLearningRate, useAppStore, useAppStoreApi } from '../store';
import { NumberField } from './NumberField';

const LOG_MIN = Math.log10(LEARNING_RATE_MIN);
const LOG_MAX = Math.log10(LEARNING_RATE_MAX);

/** Slider positions are log10 of the rate; rates are rounded to 3 significant digits. */
export function learningRateFromSlider(position: number): number {
  return Number((10 ** position).toPrecision(3));
}

export function LearningRateControl() {
  const store = useAppStoreApi();
  const learningRate = useAppStore(selectLearningRate);
  const { setLearningRate } = store.getState();
  return (
    <div className="field">
      <span className="field-label">Learning rate</span>
      <input
        type="range"
        aria-label="Learning-rate slider"
        min={LOG_MIN}
        max={LOG_MAX}
        step={0.01}
        value={Math.log10(learningRate)}
        onChange={(event) => setLearningRate(learningRateFromSlider(Number(event.target.value)))}
      />
      <NumberField
        label="Learning rate"
        value={learningRate}
        min={LEARNING_RATE_MIN}
        max={LEARNING_RATE_MAX}
        acceptsLive={isLearningRate}
        onCommit={setLearningRate}
      />
    </div>
  );
}
