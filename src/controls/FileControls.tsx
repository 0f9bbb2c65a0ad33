import { useRef } from 'react';
import { formatPointsCsv, formatSession, fileSizeProblem } from '../data';
import { hasFiniteParameters, stringifyModel } from '../engine';
import { useAppStoreApi, type AppStore } from '../store';
import { importFileInto, saveBlob } from '../views';

const NOT_FINITE = 'the weights are not all finite numbers; reset or lower the learning rate first';

/** The texts the export buttons write; each throws a RangeError rather than write NaN. */
export const exportTexts = {
  points: (store: AppStore) => formatPointsCsv(store.getState().points),
  model(store: AppStore) {
    const { trainer, features } = store.getState();
    if (!hasFiniteParameters(trainer.network)) throw new RangeError(NOT_FINITE);
    return stringifyModel(trainer.network, features);
  },
  session(store: AppStore) {
    if (!hasFiniteParameters(store.getState().trainer.network)) throw new RangeError(NOT_FINITE);
    return formatSession(store.getState().snapshotSession(true));
  },
};

const FILES = {
  points: { name: 'points.csv', type: 'text/csv' },
  model: { name: 'model.json', type: 'application/json' },
  session: { name: 'session.json', type: 'application/json' },
} as const;

/** `Import file` (points CSV, model or session JSON) and the three exports. */
export function FileControls() {
  const store = useAppStoreApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const save = (kind: keyof typeof FILES) => {
    try {
      const text = exportTexts[kind](store);
      saveBlob(FILES[kind].name, new Blob([text], { type: FILES[kind].type }));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      store.getState().showNotice(`Cannot export the ${kind}: ${why}`);
    }
  };
  return (
    <div className="file-controls">
      <label className="field">
        <span className="field-label">Import file</span>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) await importFileInto(store.getState(), file, fileSizeProblem);
            // The same file chosen again is read again.
            if (inputRef.current) inputRef.current.value = '';
          }}
        />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => save('points')}>
          Export points
        </button>
        <button type="button" onClick={() => save('model')}>
          Export model
        </button>
        <button type="button" onClick={() => save('session')}>
          Export session
        </button>
      </div>
    </div>
  );
}
