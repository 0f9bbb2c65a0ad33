import { useEffect, useState } from 'react';
import { useAppStoreApi, type AppStore } from '../../store';
import { shortcutOf, type ShortcutCommand } from './shortcutOf';
import { ShortcutsDialog } from './ShortcutsDialog';
import './shortcuts.css';

function runTrainingCommand(store: AppStore, command: Exclude<ShortcutCommand, 'showShortcuts'>) {
  const state = store.getState();
  if (command === 'playPause') return state.running ? state.pause() : state.play();
  if (command === 'step') return state.step();
  state.reset();
}

/**
 * The app's keyboard shortcuts (Space, `.`, `r`, `?`), listened for on the window, and the
 * `Shortcuts` button with the `Keyboard shortcuts` dialog that lists every key.
 */
export function KeyboardShortcuts() {
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutOf(event);
      if (command === null) return;
      // Space would scroll the page; the others have nothing to undo.
      event.preventDefault();
      if (command === 'showShortcuts') setOpen(true);
      else runTrainingCommand(store, command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen(true)}
      >
        Shortcuts
      </button>
      {open && <ShortcutsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
