import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/controls';
import type { AppStore } from '../../src/store';
import { renderWithStore } from './renderWithStore';

const slider = () => screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
const viewing = () => screen.getByRole('status', { name: 'Viewing' }).textContent;
const live = () => screen.getByRole('button', { name: 'Live' }) as HTMLButtonElement;
const resume = () => screen.getByRole('button', { name: 'Resume from here' }) as HTMLButtonElement;

function steps(store: AppStore, count: number) {
  act(() => {
    for (let i = 0; i < count; i++) store.getState().step();
  });
}

describe('<Timeline />', () => {
  it('spans iterations 0 to the latest, one a step, and follows the run while live', () => {
    const { store } = renderWithStore(<Timeline />);
    expect(slider().max).toBe('0');
    steps(store, 7);
    expect(slider().min).toBe('0');
    expect(slider().step).toBe('1');
    expect(slider().max).toBe('7');
    expect(slider().value).toBe('7');
    expect(viewing()).toBe('7');
    expect(slider().getAttribute('aria-valuetext')).toBe('Iteration 7 of 7');
    expect(live().disabled).toBe(true);
    expect(resume().disabled).toBe(true);
  });

  it('moving the slider shows that iteration; training on keeps it there and extends the end', () => {
    const { store } = renderWithStore(<Timeline />);
    steps(store, 10);
    fireEvent.change(slider(), { target: { value: '3' } });
    expect(store.getState().viewing).toBe(3);
    expect(viewing()).toBe('3');
    expect(live().disabled).toBe(false);
    steps(store, 5);
    expect(slider().max).toBe('15');
    expect(slider().value).toBe('3');
    expect(viewing()).toBe('3');
    // The Iteration readout's number stays the run's.
    expect(store.getState().progress.iteration).toBe(15);
  });

  it('Live returns to the present; Escape on the slider does too', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />);
    steps(store, 6);
    fireEvent.change(slider(), { target: { value: '2' } });
    await user.click(live());
    expect(store.getState().viewing).toBeNull();
    expect(slider().value).toBe('6');
    expect(viewing()).toBe('6');

    fireEvent.change(slider(), { target: { value: '4' } });
    slider().focus();
    await user.keyboard('{Escape}');
    expect(store.getState().viewing).toBeNull();
    expect(viewing()).toBe('6');
  });

  it('Resume from here makes the viewed iteration the present', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Timeline />);
    steps(store, 9);
    fireEvent.change(slider(), { target: { value: '5' } });
    await user.click(resume());
    expect(store.getState().progress.iteration).toBe(5);
    expect(store.getState().viewing).toBeNull();
    expect(slider().max).toBe('5');
    expect(viewing()).toBe('5');
    expect(resume().disabled).toBe(true);
    steps(store, 1);
    expect(store.getState().progress.iteration).toBe(6);
  });

  it('goes back to live when a new run starts', () => {
    const { store } = renderWithStore(<Timeline />);
    steps(store, 4);
    fireEvent.change(slider(), { target: { value: '1' } });
    act(() => store.getState().reset());
    expect(slider().max).toBe('0');
    expect(viewing()).toBe('0');
    expect(live().disabled).toBe(true);
  });
});
