import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DatasetControl, Notice } from '../../src/controls';
import { DATASET_CHOICES } from '../../src/data';
import { renderWithStore } from './renderWithStore';

describe('DatasetControl', () => {
  it('lists every dataset and Empty', () => {
    renderWithStore(<DatasetControl />);
    const select = screen.getByRole('combobox', { name: 'Dataset' }) as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      ...DATASET_CHOICES.map((c) => c.label),
      'Empty',
    ]);
  });

  it('shows Points, Noise and Regenerate only for generated datasets', async () => {
    const { store } = renderWithStore(<DatasetControl />);
    expect(screen.queryByRole('button', { name: 'Regenerate' })).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'Moons');
    expect(store.getState().dataset).toBe('moons');
    expect(screen.getByRole('spinbutton', { name: 'Points' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Noise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Regenerate' })).toBeTruthy();
  });

  it('Points and Noise draw the dataset again', async () => {
    const { store } = renderWithStore(<DatasetControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'circle');
    const points = screen.getByRole('spinbutton', { name: 'Points' });
    await userEvent.clear(points);
    await userEvent.type(points, '50');
    expect(store.getState().points).toHaveLength(200);
    await userEvent.type(points, '{Enter}');
    expect(store.getState().datasetOptions.count).toBe(50);
    expect(store.getState().points).toHaveLength(50);
    const before = store.getState().points;
    fireEvent.change(screen.getByRole('slider', { name: 'Noise' }), { target: { value: '0.5' } });
    expect(store.getState().datasetOptions.noise).toBe(0.5);
    expect(store.getState().points).not.toEqual(before);
  });

  it('refuses a number of points out of range', async () => {
    const { store } = renderWithStore(
      <>
        <DatasetControl />
        <Notice />
      </>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'xor');
    const points = screen.getByRole('spinbutton', { name: 'Points' });
    fireEvent.change(points, { target: { value: '0' } });
    await userEvent.type(points, '{Enter}');
    expect(store.getState().points).toHaveLength(200);
    expect(screen.getByRole('alert').textContent).toMatch(/number of points/i);
  });

  it('Regenerate changes the points of a generated dataset', async () => {
    const { store } = renderWithStore(<DatasetControl />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'spiral');
    const before = store.getState().points;
    await userEvent.click(screen.getByRole('button', { name: 'Regenerate' }));
    expect(store.getState().dataset).toBe('spiral');
    expect(store.getState().points).toHaveLength(before.length);
    expect(store.getState().points).not.toEqual(before);
  });
});
