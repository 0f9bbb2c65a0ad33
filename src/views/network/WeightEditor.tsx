import { useRef, type KeyboardEvent } from 'react';
import type { EdgeTarget } from './diagramTarget';
import { weightName } from './parameterLabels';

export interface WeightEditorProps {
  readonly edge: EdgeTarget;
  /** The weight when the editor opened: the field starts with it. */
  readonly value: number;
  /** Where the editor sits over the diagram, as shares of its width and height. */
  readonly left: number;
  readonly top: number;
  /** Receives the parsed number (NaN when the text is not one); returns whether it was taken. */
  readonly onApply: (value: number) => boolean;
  /**
   * The editor is done: applied or cancelled from the keyboard (`refocus`: focus goes back to the
   * diagram), or left for something else.
   */
  readonly onClose: (refocus: boolean) => void;
}

const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const clampShare = (share: number) => Math.min(0.85, Math.max(0.15, share));

/**
 * A small popover over an edge with a number field named `Weight`. Enter applies the typed value
 * (a refused one keeps the editor open with the text, while the store says why), Escape cancels,
 * leaving the field applies a changed value and closes.
 */
export function WeightEditor({ edge, value, left, top, onApply, onClose }: WeightEditorProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const close = (refocus = true) => {
    done.current = true;
    onClose(refocus);
  };
  const apply = () => {
    const text = inputRef.current?.value ?? '';
    if (parse(text) === value) return close();
    if (onApply(parse(text))) close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onBlur = () => {
    if (done.current) return;
    const text = inputRef.current?.value ?? '';
    if (parse(text) !== value) onApply(parse(text));
    close(false);
  };
  const name = weightName(edge.layer, edge.to, edge.from);
  return (
    <div
      className="network-weight-editor"
      role="group"
      aria-label={`Edit ${name}`}
      style={{ left: `${clampShare(left) * 100}%`, top: `${clampShare(top) * 100}%` }}
    >
      <span className="network-weight-name" aria-hidden="true">
        {name}
      </span>
      <input
        ref={inputRef}
        type="number"
        aria-label="Weight"
        step="any"
        defaultValue={String(value)}
        autoFocus
        onFocus={(event) => event.target.select()}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
    </div>
  );
}
