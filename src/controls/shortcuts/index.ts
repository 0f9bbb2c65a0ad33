export { KeyboardShortcuts } from './KeyboardShortcuts';
export { shortcutOf, type ShortcutCommand, type ShortcutKeyEvent } from './shortcutOf';
export { SHORTCUT_GROUPS } from './shortcutList';
