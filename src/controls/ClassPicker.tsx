import { useEffect } from 'react';
import { MAX_CLASSES, MIN_CLASSES } from '../engine';
import { CLASS_COLORS } from '../views/classColors';
import { selectClassCount, selectSelectedClass, useAppStore, useAppStoreApi } from '../store';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** The class that a click on the plane places; keys 1..K choose it too. */
export function ClassPicker() {
  const store = useAppStoreApi();
  const classCount = useAppStore(selectClassCount);
  const selected = useAppStore(selectSelectedClass);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const digit = Number(event.key);
      if (Number.isInteger(digit) && digit >= 1) store.getState().selectClass(digit - 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <div className="field">
      <span className="field-label">Place points of</span>
      <div className="class-buttons" role="group" aria-label="Class to place">
        {Array.from({ length: classCount }, (_, k) => (
          <button
            key={k}
            type="button"
            className="class-button"
            aria-pressed={k === selected}
            aria-keyshortcuts={String(k + 1)}
            style={{ '--class-color': CLASS_COLORS[k] } as React.CSSProperties}
            onClick={() => store.getState().selectClass(k)}
          >
            Class {k}
          </button>
        ))}
      </div>
      <label>
        Classes{' '}
        <select
          value={classCount}
          onChange={(event) => store.getState().setClassCount(Number(event.target.value))}
        >
          {Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => i + MIN_CLASSES).map(
            (k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ),
          )}
        </select>
      </label>
    </div>
  );
}
