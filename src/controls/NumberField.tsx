import { useState, type KeyboardEvent } from 'react';

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  /** Receives the parsed number (NaN when the text is not a number); the store validates it. */
  readonly onCommit: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  readonly disabled?: boolean;
}

/**
 * A number input that commits on Enter or when it loses focus, not on every keystroke, so a value
 * typed halfway ("0.") is never applied. While not being edited it shows the store's value.
 */
export function NumberField({
  label,
  value,
  onCommit,
  min,
  max,
  step,
  disabled,
}: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    setDraft(null);
    onCommit(text === '' ? Number.NaN : Number(text));
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
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
