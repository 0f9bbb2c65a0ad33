import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../../store';
import { ExamplePoint } from './ExamplePoint';
import type { Typesetter } from './katexLoader';
import { LiveNumbers } from './LiveNumbers';
import { LIVE_STEPS } from './liveView';
import { showMe } from './showMe';
import { Tex } from './Tex';
import { TOUR_STEPS } from './tourSteps';

export interface TourContentProps {
  /** The step shown, from 0. */
  readonly step: number;
  readonly katex: Typesetter | null;
  readonly onStep: (step: number) => void;
}

/**
 * The inside of the tour's panel: one step, its equations, `Show me`, and the way to the others.
 * It loads on demand (`loadTourContent.ts`), so nothing outside it may import it statically.
 */
export function TourContent({ step, katex, onStep }: TourContentProps) {
  const store = useAppStoreApi();
  const [chosenPoint, setChosenPoint] = useState(0);
  // What the last Show me did, for the step it was pressed on.
  const [shown, setShown] = useState<{ step: number; message: string } | null>(null);
  const current = TOUR_STEPS[step];
  const last = TOUR_STEPS.length - 1;
  const shownHere = shown !== null && shown.step === step ? shown.message : null;
  const hintId = `tour-hint-${current.id}`;
  const statusRef = useRef<HTMLParagraphElement>(null);

  // On a short sheet the result of Show me may sit below the fold: bring it into sight.
  useEffect(() => {
    if (shownHere !== null) statusRef.current?.scrollIntoView?.({ block: 'start' });
  }, [shownHere]);

  const onShowMe = () => {
    const message = showMe(current.id, store, chosenPoint);
    setShown(message === null ? null : { step, message });
  };
  // Ends of the tour stay focusable (aria-disabled), so pressing Next to the end keeps focus.
  const move = (to: number) => {
    if (to >= 0 && to <= last) onStep(to);
  };

  return (
    <>
      <div className="tour-body">
        <h3 aria-live="polite">
          <span className="tour-count">
            Step {step + 1} of {TOUR_STEPS.length}
          </span>{' '}
          {current.title}
        </h3>
        {current.paragraphs.map((text) => (
          <p key={text}>{text}</p>
        ))}
        {current.equations.map((tex) => (
          <Tex key={tex} tex={tex} katex={katex} />
        ))}
        <div className="tour-try">
          {current.usesPoint && <ExamplePoint chosen={chosenPoint} onChoose={setChosenPoint} />}
          <div className="tour-show-me">
            <button type="button" className="primary" aria-describedby={hintId} onClick={onShowMe}>
              Show me
            </button>
            <span id={hintId} className="tour-hint">
              {current.showMe}
            </span>
          </div>
          <p ref={statusRef} role="status" className="tour-status">
            {shownHere}
          </p>
          {shownHere !== null && LIVE_STEPS.includes(current.id) && (
            <LiveNumbers id={current.id} chosenPoint={chosenPoint} katex={katex} />
          )}
        </div>
      </div>
      <nav className="tour-nav" aria-label="Tour steps">
        <button type="button" aria-disabled={step === 0} onClick={() => move(step - 1)}>
          Back
        </button>
        <button type="button" aria-disabled={step === last} onClick={() => move(step + 1)}>
          Next
        </button>
      </nav>
    </>
  );
}
