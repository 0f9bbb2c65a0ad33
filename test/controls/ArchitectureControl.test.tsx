import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_LABELS,
  ArchitectureControl,
  Notice,
  parseHiddenLayers,
} from '../../src/controls';
import { ACTIVATION_NAMES, type ActivationName } from '../../src/engine';
import { renderWithStore } from './renderWithStore';

describe('parseHiddenLayers(text)', () => {
  it('reads sizes separated by commas, spaces or x', () => {
    expect(parseHiddenLayers('4, 4')).toEqual([4, 4]);
    expect(parseHiddenLayers('8x8 8')).toEqual([8, 8, 8]);
    expect(parseHiddenLayers('  ')).toEqual([]);
    expect(parseHiddenLayers('4, four')).toBeNull();
  });
});

describe('ArchitectureControl', () => {
  it('a new shape builds a new network from the seed', async () => {
    const { store } = renderWithStore(<ArchitectureControl />);
    const field = screen.getByLabelText('Hidden layers');
    await userEvent.clear(field);
    await userEvent.type(field, '6, 5, 3{Enter}');
    expect(store.getState().trainer.network.layers).toEqual([2, 6, 5, 3, 2]);
    await userEvent.selectOptions(screen.getByLabelText('Activation'), 'tanh');
    expect(store.getState().trainer.network.activation).toBe('tanh');
  });

  it('refuses nonsense with a message and keeps the network', async () => {
    const { store } = renderWithStore(
      <>
        <ArchitectureControl />
        <Notice />
      </>,
    );
    const field = screen.getByLabelText('Hidden layers');
    await userEvent.clear(field);
    await userEvent.type(field, 'lots{Enter}');
    expect(store.getState().trainer.network.layers).toEqual([2, 4, 4, 2]);
    expect(screen.getByRole('alert').textContent).toMatch(/hidden layers/i);
    expect((field as HTMLInputElement).value).toBe('4, 4');
  });
});

describe('ArchitectureControl activations', () => {
  it('offers every activation with a readable label, leaky ReLU among them', async () => {
    const { store } = renderWithStore(<ArchitectureControl />);
    const select = screen.getByRole('combobox', { name: 'Activation' }) as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.value)).toEqual([...ACTIVATION_NAMES]);
    for (const option of Array.from(select.options)) {
      expect(option.textContent).toBe(ACTIVATION_LABELS[option.value as ActivationName]);
    }
    await userEvent.selectOptions(select, 'Leaky ReLU');
    expect(store.getState().trainer.network.activation).toBe('leaky-relu');
  });
});
