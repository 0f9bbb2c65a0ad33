import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Receives the parsed number (NaN when the text is not a number); the store validates it. */
  readonly onCommit: (value: number) => void;
  /**
   * Values applied after a pause in typing. Others wait for Enter or leaving the field, so a
   * value typed halfway ("0.") is never applied and never refused before it is finished.
   */
  readonly acceptsLive?: (value: number) => boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly disabled?: boolean;
}

/**
 * How long typing must pause before a valid value applies by itself. Typing `5e-4` passes
 * through `5`, which must not reach a running network: at a human pace (100 to 300 ms a key)
 * no prefix waits this long.
 */
export const TYPING_PAUSE_MS = 500;

/** A whole number of at least 1, such as a batch size. */
export const isWholeCount = (n: number) => Number.isInteger(n) && n >= 1;

const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * A number input that commits on Enter, when it loses focus, or after a pause in typing when
 * `acceptsLive` allows the value. While not being edited it shows the store's value.
 */
export function NumberField({
  label,
  value,
  onCommit,
  acceptsLive,
  min,
  max,
  step,
  disabled,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The timer fires after renders: it must call the latest props, not those of its keystroke.
  const latest = useRef({ value, onCommit });
  useEffect(() => {
    latest.current = { value, onCommit };
  });
  const cancelPending = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  };
  useEffect(() => cancelPending, []);

  const apply = (typed: number) => {
    if (typed !== latest.current.value) latest.current.onCommit(typed);
  };
  const commit = () => {
    cancelPending();
    if (draft === null) return;
    setDraft(null);
    apply(parse(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      cancelPending();
      setDraft(null);
    }
  };
  return (
    <input
      type="number"
      aria-label={label}
      value={draft ?? String(value)}
      min={min}
      max={max}
      step={step ?? 'any'}
      disabled={disabled}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        cancelPending();
        const typed = parse(text);
        if (acceptsLive?.(typed)) {
          pending.current = setTimeout(() => {
            pending.current = null;
            apply(typed);
          }, TYPING_PAUSE_MS);
        }
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
