import { isTypingTarget } from '../../views/inspect';

/** What a shortcut key asks of the app. */
export type ShortcutCommand = 'playPause' | 'step' | 'reset' | 'showShortcuts';

/** The parts of a key event a shortcut reads; a DOM KeyboardEvent has them. */
export interface ShortcutKeyEvent {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly repeat: boolean;
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
}

/** Elements on which Space already means something: it presses, ticks or opens them. */
const SPACE_ACTIVATES = [
  'button',
  'a[href]',
  'input',
  'select',
  'textarea',
  'summary',
  '[contenteditable]',
  ...['button', 'checkbox', 'switch', 'radio', 'menuitem', 'option', 'tab', 'slider', 'link'].map(
    (role) => `[role="${role}"]`,
  ),
].join(',');

const closestMatch = (target: EventTarget | null, selector: string) =>
  target instanceof Element && target.closest(selector) !== null;

/**
 * The command a key press asks for, or null when the key is someone typing in a field, belongs to
 * an open dialog, was already handled, or is no shortcut. Space plays or pauses except where it
 * presses the focused control (the Play button itself, a checkbox); held keys repeat only `.`.
 */
export function shortcutOf(event: ShortcutKeyEvent): ShortcutCommand | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target) || closestMatch(event.target, 'dialog, [role="dialog"]')) {
    return null;
  }
  switch (event.key) {
    case ' ':
      return event.repeat || closestMatch(event.target, SPACE_ACTIVATES) ? null : 'playPause';
    case '.':
      return 'step';
    case 'r':
    case 'R':
      return event.repeat ? null : 'reset';
    case '?':
      return event.repeat ? null : 'showShortcuts';
    default:
      return null;
  }
}
