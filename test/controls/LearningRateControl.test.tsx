import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LearningRateControl, learningRateFromSlider, Notice } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('learningRateFromSlider(position)', () => {
  it('maps log10 positions to rates with three significant digits', () => {
    expect(learningRateFromSlider(-4)).toBe(0.0001);
    expect(learningRateFromSlider(1)).toBe(10);
    expect(learningRateFromSlider(Math.log10(0.2))).toBe(0.2);
    expect(learningRateFromSlider(-0.5)).toBe(0.316);
  });
});

describe('LearningRateControl', () => {
  it('the number field sets the rate on Enter, and the slider follows on a log scale', async () => {
    const { store } = renderWithStore(<LearningRateControl />);
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    await userEvent.clear(field);
    await userEvent.type(field, '0.03{Enter}');
    expect(store.getState().learningRate).toBe(0.03);
    const slider = screen.getByRole('slider', { name: 'Learning-rate slider' }) as HTMLInputElement;
    expect(Number(slider.value)).toBeCloseTo(Math.log10(0.03), 2);
  });

  it('the slider sets the rate', () => {
    const { store } = renderWithStore(<LearningRateControl />);
    const slider = screen.getByRole('slider', { name: 'Learning-rate slider' });
    fireEvent.change(slider, { target: { value: '-2' } });
    expect(store.getState().learningRate).toBe(0.01);
    expect(
      (screen.getByRole('spinbutton', { name: 'Learning rate' }) as HTMLInputElement).value,
    ).toBe('0.01');
  });

  it('keeps the rate and explains when the entered value is absurd', async () => {
    const { store } = renderWithStore(
      <>
        <LearningRateControl />
        <Notice />
      </>,
    );
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    fireEvent.change(field, { target: { value: '500' } }); // pasted at once
    await userEvent.type(field, '{Enter}');
    expect(store.getState().learningRate).toBe(0.2);
    expect(screen.getByRole('alert').textContent).toMatch(/learning rate must be/i);
    expect((field as HTMLInputElement).value).toBe('0.2');
  });

  it('a change while running keeps the run going at the same iteration', async () => {
    const { store } = renderWithStore(<LearningRateControl />);
    store.getState().play();
    store.getState().trainer.advance(7, 0);
    const session = store.getState().trainer;
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    await userEvent.clear(field);
    await userEvent.type(field, '1{Enter}');
    expect(store.getState().running).toBe(true);
    expect(store.getState().trainer).toBe(session);
    expect(store.getState().progress.iteration).toBe(7);
  });
});

describe('LearningRateControl while typing', () => {
  it('applies a valid rate as it is typed, and does not refuse a value typed halfway', async () => {
    const { store } = renderWithStore(
      <>
        <LearningRateControl />
        <Notice />
      </>,
    );
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    await userEvent.clear(field);
    await userEvent.type(field, '0.05');
    expect(store.getState().learningRate).toBe(0.05);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
