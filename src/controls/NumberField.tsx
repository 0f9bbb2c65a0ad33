import { useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Receives the parsed number (NaN when the text is not a number); the store validates it. */
  readonly onCommit: (value: number) => void;
  /**
   * Values applied as soon as they are typed. Others wait for Enter or leaving the field, so a
   * value typed halfway ("0.") is never applied and never refused before it is finished.
   */
  readonly acceptsLive?: (value: number) => boolean;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly disabled?: boolean;
}

/** A whole number of at least 1, such as a batch size. */
export const isWholeCount = (n: number) => Number.isInteger(n) && n >= 1;

const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * A number input that commits on Enter or when it loses focus, and while typing only values that
 * `acceptsLive` allows. While not being edited it shows the store's value.
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
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (parse(draft) !== value) onCommit(parse(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
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
        const typed = parse(text);
        if (acceptsLive?.(typed) && typed !== value) onCommit(typed);
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
