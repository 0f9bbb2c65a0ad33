import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStoreApi } from '../../store';
import { parseTourHash, tourHash } from './tourHash';
import { TOUR_PANEL_ID, TOUR_STEP_COUNT } from './tourOutline';
import { TourPanel } from './TourPanel';
import { useTourLoads } from './useTourLoads';
import './tour.css';

const stepInAddress = () => parseTourHash(window.location.hash, TOUR_STEP_COUNT);

/**
 * The `How it works` button and the guided tour it opens beside the views. The open step lives in
 * the address (`#...&tour=3`, beside the settings of share links), so a reload reopens it. The
 * steps and KaTeX load when the tour first opens (`useTourLoads`).
 */
export function HowItWorks() {
  const store = useAppStoreApi();
  const [opening] = useState(stepInAddress);
  const [step, setStep] = useState(opening.kind === 'none' ? null : opening.step);
  const lastStep = useRef(step ?? 0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Closed before the first render, so a tour opened from the address takes the focus too.
  const wasOpen = useRef(false);
  const open = step !== null;
  const { content, katex, retry } = useTourLoads(open, store);

  useEffect(() => {
    if (step !== null) lastStep.current = step;
  }, [step]);

  // The address to the tour: a bad step number on load, and hashes edited by hand.
  useEffect(() => {
    if (opening.kind === 'invalid') store.getState().showNotice(opening.problem);
    const follow = () => {
      const next = stepInAddress();
      if (next.kind === 'invalid') store.getState().showNotice(next.problem);
      setStep(next.kind === 'none' ? null : next.step);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [store, opening]);

  // The tour to the address, without adding history entries.
  useEffect(() => {
    const { hash, pathname, search } = window.location;
    const next = tourHash(hash, step);
    if (next !== hash)
      window.history.replaceState(window.history.state, '', pathname + search + next);
  }, [step]);

  // Focus goes into the panel when it opens and back to the button when it closes. The panel's
  // heading is there at once, even while its content is still loading.
  useEffect(() => {
    if (open && !wasOpen.current) headingRef.current?.focus();
    if (!open && wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
    document.documentElement.classList.toggle('tour-open', open);
    return () => document.documentElement.classList.remove('tour-open');
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="tour-button"
        aria-expanded={open}
        aria-controls={open ? TOUR_PANEL_ID : undefined}
        onClick={() => {
          // Opening again after a failed load tries once more.
          if (!open) retry();
          setStep(open ? null : lastStep.current);
        }}
      >
        How it works
      </button>
      {open &&
        createPortal(
          <TourPanel
            step={step}
            content={content}
            katex={katex}
            onStep={setStep}
            onClose={() => setStep(null)}
            onRetry={() => {
              // The Try again button goes away: the focus waits on the heading.
              headingRef.current?.focus();
              retry();
            }}
            headingRef={headingRef}
          />,
          document.body,
        )}
    </>
  );
}
