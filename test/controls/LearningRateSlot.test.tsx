import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_TOOLBAR_QUERY, LearningRateSlot } from '../../src/controls';
import { createAppStore, StoreProvider } from '../../src/store';

/** A window whose media queries match `compact` for the phone query. */
function stubScreen(compact: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: query === COMPACT_TOOLBAR_QUERY && compact,
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

const renderBothSlots = () =>
  render(
    <StoreProvider store={createAppStore()}>
      <div data-testid="toolbar">
        <LearningRateSlot place="toolbar" />
      </div>
      <div data-testid="settings">
        <LearningRateSlot place="settings" />
      </div>
    </StoreProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('<LearningRateSlot />', () => {
  it('puts the one Learning rate field beside Play on a phone', () => {
    stubScreen(true);
    renderBothSlots();
    const field = screen.getByLabelText('Learning rate');
    expect(screen.getByTestId('toolbar').contains(field)).toBe(true);
    expect(screen.getByTestId('settings').childElementCount).toBe(0);
  });

  it('keeps it with the settings on a wider screen', () => {
    stubScreen(false);
    renderBothSlots();
    const field = screen.getByLabelText('Learning rate');
    expect(screen.getByTestId('settings').contains(field)).toBe(true);
    expect(screen.getByTestId('toolbar').childElementCount).toBe(0);
  });
});
