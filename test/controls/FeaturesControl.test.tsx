import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FeaturesControl, Notice } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('FeaturesControl', () => {
  it('offers every feature in a group named Features, x and y ticked', () => {
    renderWithStore(<FeaturesControl />);
    const group = screen.getByRole('group', { name: 'Features' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.labels?.[0]?.textContent?.trim())).toEqual([
      'x',
      'y',
      'x²',
      'y²',
      'xy',
      'sin πx',
      'sin πy',
    ]);
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false, false, false, false, false]);
  });

  it('ticking x² makes the first layer 3 wide and says so', async () => {
    const { store } = renderWithStore(
      <>
        <FeaturesControl />
        <Notice />
      </>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'x²' }));
    expect(store.getState().features).toEqual(['x', 'y', 'x2']);
    expect(store.getState().trainer.network.layers[0]).toBe(3);
    expect(screen.getByRole('alert').textContent).toMatch(/first layer/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'sin πy' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'x' }));
    expect(store.getState().features).toEqual(['y', 'x2', 'siny']);
    expect(store.getState().trainer.network.layers[0]).toBe(3);
  });

  it('refuses to untick the last feature, and its box stays ticked', async () => {
    const { store } = renderWithStore(
      <>
        <FeaturesControl />
        <Notice />
      </>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'x' }));
    const y = screen.getByRole('checkbox', { name: 'y' }) as HTMLInputElement;
    await userEvent.click(y);
    expect(store.getState().features).toEqual(['y']);
    expect(store.getState().trainer.network.layers[0]).toBe(1);
    expect(y.checked).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(/at least one/i);
  });
});
