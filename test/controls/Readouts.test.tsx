import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Readouts } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('Readouts', () => {
  it('shows iteration, cost and accuracy, and follows the store without re-rendering', () => {
    const { store } = renderWithStore(<Readouts />);
    const iteration = screen.getByRole('status', { name: 'Iteration' });
    const cost = screen.getByRole('status', { name: 'Cost' });
    expect(iteration.textContent).toBe('0');
    const startCost = Number(cost.textContent);
    expect(startCost).toBeGreaterThan(0);
    act(() => {
      store.getState().play();
      store.getState().trainer.advance(300, 1234);
    });
    expect(iteration.textContent).toBe('300');
    expect(Number(cost.textContent)).toBeLessThan(startCost);
    expect(screen.getByRole('status', { name: 'Accuracy' }).textContent).toMatch(/^\d+\.\d%$/);
    expect(screen.getByRole('status', { name: 'Steps per second' }).textContent).toBe('1234');
  });
});

describe('Readouts of a diverging run', () => {
  it('writes a huge cost compactly, never as NaN', () => {
    const { store } = renderWithStore(<Readouts />);
    act(() =>
      store.setState({
        progress: {
          iteration: 6,
          cost: 5.5036e302,
          accuracy: 0.48,
          testCost: null,
          testAccuracy: null,
          stepsPerSecond: 0,
        },
      }),
    );
    expect(screen.getByRole('status', { name: 'Cost' }).textContent).toBe('5.50e+302');
    act(() =>
      store.setState({
        progress: {
          iteration: 7,
          cost: Number.NaN,
          accuracy: 0.5,
          testCost: null,
          testAccuracy: null,
          stepsPerSecond: 0,
        },
      }),
    );
    expect(screen.getByRole('status', { name: 'Cost' }).textContent).toBe('—');
  });
});
