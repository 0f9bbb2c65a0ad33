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
      store.getState().advance(300, 1234);
    });
    expect(iteration.textContent).toBe('300');
    expect(Number(cost.textContent)).toBeLessThan(startCost);
    expect(screen.getByRole('status', { name: 'Accuracy' }).textContent).toMatch(/^\d+\.\d%$/);
    expect(screen.getByRole('status', { name: 'Steps per second' }).textContent).toBe('1234');
  });
});
