import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClassPicker } from '../../src/controls';
import { renderWithStore } from './renderWithStore';

describe('ClassPicker', () => {
  it('a button per class; pressing one selects it', async () => {
    const { store } = renderWithStore(<ClassPicker />);
    expect(screen.getAllByRole('button')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Class 1' }));
    expect(store.getState().selectedClass).toBe(1);
    expect(screen.getByRole('button', { name: 'Class 1' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('keys 1..K select the class, other keys and keys beyond K do nothing', async () => {
    const { store } = renderWithStore(<ClassPicker />);
    fireEvent.keyDown(window, { key: '2' });
    expect(store.getState().selectedClass).toBe(1);
    fireEvent.keyDown(window, { key: '5' });
    fireEvent.keyDown(window, { key: 'a' });
    expect(store.getState().selectedClass).toBe(1);
    fireEvent.keyDown(window, { key: '1' });
    expect(store.getState().selectedClass).toBe(0);
  });

  it('more classes give more buttons and a wider output layer', async () => {
    const { store } = renderWithStore(<ClassPicker />);
    await userEvent.selectOptions(screen.getByLabelText('Classes'), '5');
    expect(screen.getAllByRole('button')).toHaveLength(5);
    expect(store.getState().trainer.network.layers.at(-1)).toBe(5);
    fireEvent.keyDown(window, { key: '5' });
    expect(store.getState().selectedClass).toBe(4);
  });
});
