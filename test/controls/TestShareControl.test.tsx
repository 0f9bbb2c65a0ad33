import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DiscretizeControl, TestShareControl } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('TestShareControl', () => {
  it('holds out the chosen share of the points', () => {
    const { store } = renderWithStore(<TestShareControl />);
    const total = store.getState().points.length;
    expect(store.getState().testSamples.count).toBe(0);
    const slider = screen.getByRole('slider', { name: 'Test share' }) as HTMLInputElement;
    expect([slider.min, slider.max, slider.step]).toEqual(['0', '90', '10']);
    fireEvent.change(slider, { target: { value: '30' } });
    expect(store.getState().testShare).toBeCloseTo(0.3);
    const held = store.getState().testSamples.count;
    expect(held).toBeGreaterThan(0);
    expect(held + store.getState().samples.count).toBe(total);
    expect(slider.getAttribute('aria-valuetext')).toBe('30%');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(store.getState().testSamples.count).toBe(0);
  });
});

describe('DiscretizeControl', () => {
  it('sets discretize', async () => {
    const { store } = renderWithStore(<DiscretizeControl />);
    const box = screen.getByRole('checkbox', { name: 'Discretize output' });
    await userEvent.click(box);
    expect(store.getState().discretize).toBe(true);
    await userEvent.click(box);
    expect(store.getState().discretize).toBe(false);
  });
});
