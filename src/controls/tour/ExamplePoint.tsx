import { useState } from 'react';
import { useAppStore, useAppStoreApi, type AppState } from '../../store';

const selectPointCount = (s: AppState) => s.points.length;

/**
 * Which point the steps work on, counted from 1 as people count. A value that is not one of the
 * points is refused with a notice, and the choice stays.
 */
export function ExamplePoint({
  chosen,
  onChoose,
}: {
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const store = useAppStoreApi();
  const count = useAppStore(selectPointCount);
  const shown = count === 0 ? 0 : Math.min(chosen, count - 1) + 1;
  // What is being typed; null shows the point in force.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(shown);

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const value = Number(draft.trim());
    if (draft.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= count) {
      onChoose(value - 1);
      store.getState().hoverPoint(value - 1);
      return;
    }
    store
      .getState()
      .showNotice(
        count === 0
          ? 'There are no points to choose from: place one on the plane first.'
          : `The example point must be a whole number from 1 to ${count}; it stays ${shown}.`,
      );
  };

  return (
    <label className="tour-example">
      <span>Example point</span>
      <input
        type="number"
        inputMode="numeric"
        min={count === 0 ? 0 : 1}
        max={count}
        step={1}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span className="tour-example-count">of {count}</span>
    </label>
  );
}
