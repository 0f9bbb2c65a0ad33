import { useState } from 'react';
import { encodeLinkFragment } from '../data';
import { useAppStoreApi, type AppStore } from '../store';

/** The link of the session as it is now: settings and points, and the weights when asked. */
export async function shareLinkOf(store: AppStore, includeWeights: boolean): Promise<string> {
  const { settings, points, dataset, model } = store.getState().snapshotSession(includeWeights);
  const fragment = await encodeLinkFragment({ settings, points, dataset, model });
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}

/** `Copy link`, with `Include weights`: a link that reopens this session in any browser. */
export function ShareControls() {
  const store = useAppStoreApi();
  const [includeWeights, setIncludeWeights] = useState(false);
  const [status, setStatus] = useState('');
  const copy = async () => {
    setStatus('');
    try {
      const link = await shareLinkOf(store, includeWeights);
      await navigator.clipboard.writeText(link);
      setStatus(`Link copied (${Math.ceil(link.length / 1024)} kB).`);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      store.getState().showNotice(`Cannot copy the link: ${why}.`);
    }
  };
  return (
    <div className="share-controls">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeWeights}
          onChange={(event) => setIncludeWeights(event.target.checked)}
        />{' '}
        Include weights
      </label>
      <span role="status" aria-label="Link status" className="share-status">
        {status}
      </span>
    </div>
  );
}
