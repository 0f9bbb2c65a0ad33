import { LearningRateControl } from './LearningRateControl';
import { useMediaQuery } from './useMediaQuery';

/** Phones: the screens where the learning rate moves up into the toolbar beside Play. */
export const COMPACT_TOOLBAR_QUERY = '(max-width: 700px)';

/**
 * The learning rate where a hand reaches it: in the toolbar beside Play on a phone, with the
 * other settings elsewhere. Put one slot in each place; exactly one of them shows the control.
 */
export function LearningRateSlot({ place }: { readonly place: 'toolbar' | 'settings' }) {
  const compact = useMediaQuery(COMPACT_TOOLBAR_QUERY);
  if (compact !== (place === 'toolbar')) return null;
  return place === 'toolbar' ? (
    <div className="toolbar-learning-rate">
      <LearningRateControl />
    </div>
  ) : (
    <LearningRateControl />
  );
}
