/** One line of the shortcuts dialog: the keys (each shown as a key cap) and what they do. */
export interface ShortcutLine {
  readonly keys: readonly string[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly lines: readonly ShortcutLine[];
}

/**
 * Every key the app answers to, for the dialog. The keys themselves are handled where they act:
 * training keys in `shortcutOf`, class digits in the class picker, the plane's keys in the
 * boundary view, `i` in the Inspect toggle, undo and redo in the history controls.
 */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Training',
    lines: [
      { keys: ['Space'], does: 'Play or pause' },
      { keys: ['.'], does: 'One step (hold to keep stepping)' },
      { keys: ['R'], does: 'Reset the run' },
    ],
  },
  {
    title: 'Points',
    lines: [
      { keys: ['1', '…', '8'], does: 'Choose the class to place' },
      {
        keys: ['←', '↑', '→', '↓'],
        does: 'On the plane: move the cursor (with Shift, bigger steps)',
      },
      { keys: ['Enter'], does: 'On the plane: place a point at the cursor' },
      {
        keys: ['Delete'],
        does: 'On the plane: remove the point nearest the cursor (Backspace too)',
      },
    ],
  },
  {
    title: 'Panels and history',
    lines: [
      { keys: ['I'], does: 'Inspect on or off' },
      { keys: ['Ctrl', 'Z'], does: 'Undo (⌘ Z on a Mac)' },
      { keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo (also Ctrl Y)' },
      { keys: ['Escape'], does: 'Close a panel or this list' },
      { keys: ['?'], does: 'Show this list' },
    ],
  },
];
