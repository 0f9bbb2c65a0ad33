import { useEffect, useRef } from 'react';
import { selectProgress, useAppStoreApi, type Progress } from '../store';

const formatCost = (n: number) =>
  !Number.isFinite(n) ? '—' : n < 1000 ? n.toFixed(4) : n.toExponential(2);
const formatShare = (n: number) => `${(n * 100).toFixed(1)}%`;

/** Each readout as text; a test figure is a dash while no point is held out. */
const formatters: Record<keyof Progress, (value: number | null) => string> = {
  iteration: (n) => String(n),
  cost: (n) => formatCost(n ?? NaN),
  accuracy: (n) => formatShare(n ?? 0),
  testCost: (n) => (n === null ? '—' : formatCost(n)),
  testAccuracy: (n) => (n === null ? '—' : formatShare(n)),
  stepsPerSecond: (n) =>
    (n ?? 0) >= 10_000 ? `${((n ?? 0) / 1000).toFixed(0)}k` : (n ?? 0).toFixed(0),
};

const READOUTS: readonly { key: keyof Progress; label: string }[] = [
  { key: 'iteration', label: 'Iteration' },
  { key: 'cost', label: 'Cost' },
  { key: 'accuracy', label: 'Accuracy' },
  { key: 'testCost', label: 'Test cost' },
  { key: 'testAccuracy', label: 'Test accuracy' },
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
