import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistoryControls } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

const button = (name: string) => screen.getByRole('button', { name });

describe('HistoryControls', () => {
  it('Undo and Redo are disabled until there is something to take back or redo', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<HistoryControls />);
    const before = store.getState().points.length;
    expect(button('Undo')).toHaveProperty('disabled', true);
    expect(button('Redo')).toHaveProperty('disabled', true);
    store.getState().addPoint(0.2, 0.2);
    await waitFor(() => expect(button('Undo')).toHaveProperty('disabled', false));
    await user.click(button('Undo'));
    expect(store.getState().points).toHaveLength(before);
    expect(button('Undo')).toHaveProperty('disabled', true);
    expect(button('Redo')).toHaveProperty('disabled', false);
    await user.click(button('Redo'));
    expect(store.getState().points).toHaveLength(before + 1);
  });

  it('Ctrl+Z undoes, Shift+Ctrl+Z and Cmd+Shift+Z redo', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<HistoryControls />);
    store.getState().setLearningRate(0.5);
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().learningRate).toBe(0.2);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.getState().learningRate).toBe(0.5);
    await user.keyboard('{Meta>}z{/Meta}');
    expect(store.getState().learningRate).toBe(0.2);
    await user.keyboard('{Meta>}{Shift>}Z{/Shift}{/Meta}');
    expect(store.getState().learningRate).toBe(0.5);
  });

  it('leaves Ctrl+Z to a text field being typed in', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <HistoryControls />
        <input aria-label="Some text" />
        <input type="range" aria-label="Some slider" />
      </>,
    );
    store.getState().setLearningRate(0.5);
    await user.click(screen.getByLabelText('Some text'));
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().learningRate).toBe(0.5);
    screen.getByLabelText('Some slider').focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(store.getState().learningRate).toBe(0.2);
  });

  it('New session starts over, and Undo brings the work back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<HistoryControls />);
    store.getState().loadDataset('empty');
    store.getState().addPoint(0.1, 0.1);
    await user.click(button('New session'));
    expect(store.getState().dataset).toBe('seed-1');
    expect(store.getState().points.length).toBeGreaterThan(100);
    await user.click(button('Undo'));
    expect(store.getState().points).toEqual([{ x: 0.1, y: 0.1, label: 0 }]);
  });
});
