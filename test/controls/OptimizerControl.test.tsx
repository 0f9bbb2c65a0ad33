import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Notice, OptimizerControl } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

const weightsOf = (store: ReturnType<typeof renderWithStore>['store']) =>
  store.getState().trainer.network.weights.map((w) => Array.from(w));

describe('OptimizerControl', () => {
  it('shows only the parameters of the chosen optimizer', async () => {
    renderWithStore(<OptimizerControl />);
    const select = screen.getByRole('combobox', { name: 'Optimizer' });
    expect(
      Array.from((select as HTMLSelectElement).options, (o) => [o.value, o.textContent]),
    ).toEqual([
      ['gd', 'Gradient descent'],
      ['momentum', 'Momentum'],
      ['adam', 'Adam'],
    ]);
    const names = () =>
      screen.queryAllByRole('spinbutton').map((e) => e.getAttribute('aria-label'));
    expect(names()).toEqual([]);
    await userEvent.selectOptions(select, 'momentum');
    expect(names()).toEqual(['Momentum']);
    await userEvent.selectOptions(select, 'adam');
    expect(names()).toEqual(['Beta 1', 'Beta 2', 'Epsilon']);
  });

  it('switching optimizer keeps the weights', async () => {
    const { store } = renderWithStore(<OptimizerControl />);
    store.getState().trainer.advance(5, 0);
    const before = weightsOf(store);
    const select = screen.getByRole('combobox', { name: 'Optimizer' });
    await userEvent.selectOptions(select, 'adam');
    expect(store.getState().optimizer).toEqual({
      kind: 'adam',
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
    expect(weightsOf(store)).toEqual(before);
    await userEvent.selectOptions(select, 'momentum');
    expect(store.getState().optimizer).toEqual({ kind: 'momentum', momentum: 0.9 });
    expect(weightsOf(store)).toEqual(before);
  });

  it('a parameter applies on Enter, not while typed halfway', async () => {
    const { store } = renderWithStore(<OptimizerControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Optimizer' }), 'adam');
    const beta2 = screen.getByRole('spinbutton', { name: 'Beta 2' });
    await userEvent.clear(beta2);
    await userEvent.type(beta2, '0.99');
    expect(store.getState().optimizer).toMatchObject({ beta2: 0.999 });
    await userEvent.type(beta2, '{Enter}');
    expect(store.getState().optimizer).toEqual({
      kind: 'adam',
      beta1: 0.9,
      beta2: 0.99,
      epsilon: 1e-8,
    });
  });

  it('refuses an invalid parameter with a notice and keeps the value', async () => {
    const { store } = renderWithStore(
      <>
        <OptimizerControl />
        <Notice />
      </>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Optimizer' }), 'momentum');
    const field = screen.getByRole('spinbutton', { name: 'Momentum' });
    fireEvent.change(field, { target: { value: '1.5' } });
    await userEvent.type(field, '{Enter}');
    expect(store.getState().optimizer).toEqual({ kind: 'momentum', momentum: 0.9 });
    expect(screen.getByRole('alert').textContent).toMatch(/momentum/);
    expect((field as HTMLInputElement).value).toBe('0.9');
  });
});
