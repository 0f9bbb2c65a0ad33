import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Notice, RegularizationControl } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('RegularizationControl', () => {
  it('the select chooses none, L1 or L2', async () => {
    const { store } = renderWithStore(<RegularizationControl />);
    const select = screen.getByRole('combobox', { name: 'Regularization' }) as HTMLSelectElement;
    expect(Array.from(select.options, (o) => [o.value, o.textContent])).toEqual([
      ['none', 'None'],
      ['l1', 'L1'],
      ['l2', 'L2'],
    ]);
    await userEvent.selectOptions(select, 'l2');
    expect(store.getState().regularization).toBe('l2');
    await userEvent.selectOptions(select, 'L1');
    expect(store.getState().regularization).toBe('l1');
  });

  it('the rate applies on Enter and refuses a rate out of range', async () => {
    const { store } = renderWithStore(
      <>
        <RegularizationControl />
        <Notice />
      </>,
    );
    const field = screen.getByRole('spinbutton', { name: 'Regularization rate' });
    await userEvent.clear(field);
    await userEvent.type(field, '0.03{Enter}');
    expect(store.getState().regularizationRate).toBe(0.03);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(field, { target: { value: '5' } });
    await userEvent.type(field, '{Enter}');
    expect(store.getState().regularizationRate).toBe(0.03);
    expect(screen.getByRole('alert').textContent).toMatch(/regularization rate must be/i);
    expect((field as HTMLInputElement).value).toBe('0.03');
  });
});
