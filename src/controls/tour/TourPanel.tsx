import type { Ref } from 'react';
import type { Typesetter } from './katexLoader';
import { TOUR_PANEL_ID } from './tourOutline';
import type { TourContentState } from './useTourLoads';

interface TourPanelProps {
  /** The step shown, from 0. */
  readonly step: number;
  readonly content: TourContentState;
  readonly katex: Typesetter | null;
  readonly onStep: (step: number) => void;
  readonly onClose: () => void;
  readonly onRetry: () => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The side panel's frame: its heading (which takes the focus as soon as the tour opens), the close
 * button and Escape, around the tour's content once it has loaded, or what stands in for it.
 */
export function TourPanel(props: TourPanelProps) {
  const { step, content, katex, onStep, onClose, onRetry, headingRef } = props;
  return (
    <section
      id={TOUR_PANEL_ID}
      className="tour-panel"
      aria-label="How it works"
      aria-busy={content.kind === 'pending'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="tour-header">
        <h2 ref={headingRef} tabIndex={-1}>
          How it works
        </h2>
        <button
          type="button"
          className="tour-close"
          aria-label="Close How it works"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {content.kind === 'loaded' ? (
        <content.Content step={step} katex={katex} onStep={onStep} />
      ) : content.kind === 'pending' ? (
        <div className="tour-body">
          <p role="status" className="tour-loading">
            Loading the tour…
          </p>
        </div>
      ) : (
        <div className="tour-body">
          <p className="tour-loading">The tour could not be loaded.</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </section>
  );
}
