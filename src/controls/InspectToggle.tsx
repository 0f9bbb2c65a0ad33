import { useEffect } from 'react';
import { selectInspecting, useAppStore, useAppStoreApi } from '../store';
import { isTypingTarget } from '../views/inspect';

/**
 * The `Inspect` toggle: while it is on, clicking a point (or Enter on a focused one) opens the
 * `Inspect point` panel on it. The `i` key toggles it too, except while typing in a field.
 */
export function InspectToggle() {
  const store = useAppStoreApi();
  const inspecting = useAppStore(selectInspecting);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'i' && event.key !== 'I') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      store.getState().toggleInspect();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <button
      type="button"
      className="inspect-toggle"
      aria-pressed={inspecting}
      aria-keyshortcuts="i"
      title="Inspect a point (i)"
      onClick={store.getState().toggleInspect}
    >
      Inspect
    </button>
  );
}
