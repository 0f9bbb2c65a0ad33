import { describe, expect, it } from 'vitest';
import { shortcutOf, type ShortcutKeyEvent } from '../../../src/controls/shortcuts';

function keyOn(target: EventTarget | null, key: string, more: Partial<ShortcutKeyEvent> = {}) {
  return shortcutOf({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    repeat: false,
    defaultPrevented: false,
    target,
    ...more,
  });
}

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-target]')!;
}

describe('shortcutOf(event)', () => {
  it('maps Space, ".", "r" and "?" on the page to their commands', () => {
    expect(keyOn(document.body, ' ')).toBe('playPause');
    expect(keyOn(document.body, '.')).toBe('step');
    expect(keyOn(document.body, 'r')).toBe('reset');
    expect(keyOn(document.body, 'R')).toBe('reset');
    expect(keyOn(document.body, '?')).toBe('showShortcuts');
    expect(keyOn(document.body, 'x')).toBeNull();
    expect(keyOn(document.body, 'Enter')).toBeNull();
  });

  it('ignores keys typed into a text field or a select', () => {
    for (const html of [
      '<input data-target type="number">',
      '<input data-target>',
      '<textarea data-target></textarea>',
      '<select data-target><option>a</option></select>',
    ]) {
      const field = element(html);
      for (const key of [' ', '.', 'r', '?']) expect(keyOn(field, key)).toBeNull();
    }
  });

  it('leaves Space to a focused control it presses, but not the other keys', () => {
    const button = element('<button data-target>Play</button>');
    expect(keyOn(button, ' ')).toBeNull();
    expect(keyOn(button, '.')).toBe('step');
    expect(keyOn(element('<input data-target type="checkbox">'), ' ')).toBeNull();
    expect(keyOn(element('<span data-target role="button" tabindex="0"></span>'), ' ')).toBeNull();
    const plane = element('<svg data-target tabindex="0" role="application"></svg>');
    expect(keyOn(plane, ' ')).toBe('playPause');
  });

  it('ignores keys with Ctrl, Cmd or Alt, handled keys, and keys inside a dialog', () => {
    expect(keyOn(document.body, 'r', { ctrlKey: true })).toBeNull();
    expect(keyOn(document.body, 'r', { metaKey: true })).toBeNull();
    expect(keyOn(document.body, '.', { altKey: true })).toBeNull();
    expect(keyOn(document.body, ' ', { defaultPrevented: true })).toBeNull();
    expect(keyOn(element('<dialog open><p data-target></p></dialog>'), 'r')).toBeNull();
  });

  it('repeats only "." while a key is held', () => {
    expect(keyOn(document.body, '.', { repeat: true })).toBe('step');
    expect(keyOn(document.body, ' ', { repeat: true })).toBeNull();
    expect(keyOn(document.body, 'r', { repeat: true })).toBeNull();
  });
});
