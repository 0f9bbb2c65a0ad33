import { useEffect, useRef } from 'react';
import { selectProgress, useAppStoreApi, type Progress } from '../store';

const formatters: Record<keyof Progress, (value: number) => string> = {
  iteration: (n) => String(n),
  cost: (n) => (!Number.isFinite(n) ? '—' : n < 1000 ? n.toFixed(4) : n.toExponential(2)),
  accuracy: (n) => `${(n * 100).toFixed(1)}%`,
  stepsPerSecond: (n) => (n >= 10_000 ? `${(n / 1000).toFixed(0)}k` : n.toFixed(0)),
};

const READOUTS: readonly { key: keyof Progress; label: string }[] = [
  { key: 'iteration', label: 'Iteration' },
  { key: 'cost', label: 'Cost' },
  { key: 'accuracy', label: 'Accuracy' },
  { key: 'stepsPerSecond', label: 'Steps per second' },
];

/**
 * The run's numbers. They change every frame, so they are written straight into the DOM from a
 * store subscription instead of re-rendering React 60 times a second.
 */
export function Readouts() {
  const store = useAppStoreApi();
  const outputs = useRef<Partial<Record<keyof Progress, HTMLOutputElement | null>>>({});

  useEffect(() => {
    const show = (progress: Progress) => {
      for (const { key } of READOUTS) {
        const element = outputs.current[key];
        if (element) element.textContent = formatters[key](progress[key]);
      }
    };
    show(store.getState().progress);
    return store.subscribe(selectProgress, show);
  }, [store]);

  return (
    <dl className="readouts">
      {READOUTS.map(({ key, label }) => (
        <div key={key} className="readout">
          <dt id={`readout-${key}`}>{label}</dt>
          <dd>
            <output
              role="status"
              aria-live="off"
              aria-labelledby={`readout-${key}`}
              ref={(element) => {
                outputs.current[key] = element;
              }}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
