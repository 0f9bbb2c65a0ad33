import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../store';

/** Input types in which Ctrl+Z belongs to the field's own text editing. */
const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'email', 'url', 'tel', 'password']);

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Which history move a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z or Ctrl+Y. */
function historyMoveOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** `Undo`, `Redo` and `New session`, with the keyboard shortcuts anywhere but in a text field. */
export function HistoryControls() {
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (history) => history.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (history) => history.futureStates.length > 0);
  const { undo, redo, newSession } = store.getState();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const move = historyMoveOf(event);
      if (move === null || event.defaultPrevented || isTypingIn(event.target)) return;
      event.preventDefault();
      store.getState()[move]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <div className="history-controls" role="group" aria-label="History">
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </button>
      <button type="button" onClick={newSession}>
        New session
      </button>
    </div>
  );
}
