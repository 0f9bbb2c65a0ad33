import { MAX_TEST_SHARE } from '../data';
import { selectTestShare, useAppStore, useAppStoreApi } from '../store';

const percent = (share: number) => Math.round(share * 100);

/** The share of the points held out of training, in steps of 10%. */
export function TestShareControl() {
  const store = useAppStoreApi();
  const share = percent(useAppStore(selectTestShare));
  return (
    <div className="field">
      <span className="field-label">
        Test share <span aria-hidden="true">{share}%</span>
      </span>
      <input
        type="range"
        aria-label="Test share"
        aria-valuetext={`${share}%`}
        min={0}
        max={percent(MAX_TEST_SHARE)}
        step={10}
        value={share}
        onChange={(event) => store.getState().setTestShare(Number(event.target.value) / 100)}
      />
    </div>
  );
}
