import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LearningRateControl, learningRateFromSlider, Notice } from '../../src/controls';
import { TYPING_PAUSE_MS } from '../../src/controls/NumberField';
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
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Types key by key at a human pace (`keyDelayMs` apart), on a fake clock. */
  function setupTyping(keyDelayMs: number) {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime, delay: keyDelayMs });
    const rendered = renderWithStore(
      <>
        <LearningRateControl />
        <Notice />
      </>,
    );
    const applied: number[] = [];
    rendered.store.subscribe((state, previous) => {
      if (state.learningRate !== previous.learningRate) applied.push(state.learningRate);
    });
    const field = screen.getByRole('spinbutton', { name: 'Learning rate' });
    return { user, field, applied, ...rendered };
  }

  it('never applies the prefix of a rate typed key by key, and applies it after a pause', async () => {
    const { user, field, applied, store } = setupTyping(150);
    await user.clear(field);
    await user.type(field, '5e-4');
    expect(applied).toEqual([]);
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(applied).toEqual([0.0005]);
    expect(store.getState().learningRate).toBe(0.0005);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('applies a rate on Enter without waiting for the pause', async () => {
    const { user, field, applied } = setupTyping(100);
    await user.clear(field);
    await user.type(field, '0.05{Enter}');
    expect(applied).toEqual([0.05]);
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(applied).toEqual([0.05]);
  });

  it('applies a rate when the field loses focus', async () => {
    const { user, field, applied } = setupTyping(100);
    await user.clear(field);
    await user.type(field, '0.003');
    await user.tab();
    expect(applied).toEqual([0.003]);
  });

  it('refuses 1e6 typed key by key with a notice, and never applies 1 on the way', async () => {
    const { user, field, applied, store } = setupTyping(120);
    await user.clear(field);
    await user.type(field, '1e6');
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(applied).toEqual([]);
    await user.keyboard('{Enter}');
    expect(applied).toEqual([]);
    expect(store.getState().learningRate).toBe(0.2);
    expect(screen.getByRole('alert').textContent).toMatch(/learning rate must be/i);
  });

  it('Escape drops the typed value and cancels its pending apply', async () => {
    const { user, field, applied } = setupTyping(100);
    await user.clear(field);
    await user.type(field, '0.07{Escape}');
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
    expect(applied).toEqual([]);
    expect((field as HTMLInputElement).value).toBe('0.2');
  });

  it('the slider stays live: every move applies at once', () => {
    const { applied } = setupTyping(100);
    const slider = screen.getByRole('slider', { name: 'Learning-rate slider' });
    fireEvent.change(slider, { target: { value: '-1' } });
    fireEvent.change(slider, { target: { value: '-2' } });
    expect(applied).toEqual([0.1, 0.01]);
  });
});
