import { selectDiscretize, useAppStore, useAppStoreApi } from '../store';

/** The boundary shows only the most probable class of each cell. */
export function DiscretizeControl() {
  const store = useAppStoreApi();
  const discretize = useAppStore(selectDiscretize);
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={discretize}
        onChange={(event) => store.getState().setDiscretize(event.target.checked)}
      />{' '}
      Discretize output
    </label>
  );
}
