import { useSyncExternalStore } from 'react';
import { updatePrompt, type UpdatePrompt } from './updatePrompt';

/** "New version available" with a `Reload` button, while a newer build waits to take over. */
export function UpdateNotice({ prompt = updatePrompt }: { prompt?: UpdatePrompt }) {
  const state = useSyncExternalStore(prompt.subscribe, prompt.state);
  if (state === 'none') return null;
  return (
    <div className="notice" role="alert">
      <span>New version available: reload to use it. Your points and settings are kept.</span>
      <button type="button" disabled={state === 'reloading'} onClick={() => void prompt.reload()}>
        Reload
      </button>
    </div>
  );
}
