import { selectNotice, useAppStore, useAppStoreApi } from '../store';

export function Notice() {
  const store = useAppStoreApi();
  const notice = useAppStore(selectNotice);
  if (notice === null) return null;
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" aria-label="Dismiss" onClick={store.getState().dismissNotice}>
        ×
      </button>
    </div>
  );
}
