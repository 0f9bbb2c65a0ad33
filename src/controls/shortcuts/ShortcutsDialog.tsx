import { Fragment, useEffect, useId, useRef } from 'react';
import { SHORTCUT_GROUPS } from './shortcutList';

interface ShortcutsDialogProps {
  readonly onClose: () => void;
}

/**
 * The `Keyboard shortcuts` dialog, modal while it is mounted. Escape, `Close` or a click beside it
 * closes it, and the focus goes back where it was before it opened.
 */
export function ShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    const before = document.activeElement;
    // jsdom has no showModal; the open attribute shows the dialog there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    closeRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if ((before instanceof HTMLElement || before instanceof SVGElement) && before.isConnected) {
        before.focus();
      }
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Only this dialog closes: panels beneath it listen for Escape too.
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="shortcuts-content">
        <header className="shortcuts-header">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            Close
          </button>
        </header>
        <p className="shortcuts-note">
          They work anywhere but in a text field. Tab to the plane to use the cursor keys there.
        </p>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcuts-list">
              {group.lines.map((line) => (
                <div key={line.does} className="shortcuts-line">
                  <dt>
                    {line.keys.map((key, i) => (
                      <Fragment key={key}>
                        {i > 0 && ' '}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{line.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
