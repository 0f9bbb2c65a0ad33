import { SPEEDS, type Speed } from '../training';
import { selectSpeed, useAppStore, useAppStoreApi } from '../store';

const speedLabel = (speed: Speed) =>
  speed === 'max' ? 'As fast as possible' : `${speed} step${speed === 1 ? '' : 's'} a frame`;

export function SpeedControl() {
  const store = useAppStoreApi();
  const speed = useAppStore(selectSpeed);
  return (
    <label className="field">
      <span className="field-label">Speed</span>
      <select
        value={String(speed)}
        onChange={(event) => {
          const value = event.target.value;
          store.getState().setSpeed(value === 'max' ? 'max' : Number(value));
        }}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={String(s)}>
            {speedLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
