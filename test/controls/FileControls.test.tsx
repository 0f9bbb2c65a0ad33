import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportTexts, FileControls, ShareControls } from '../../src/controls';
import { readLinkFragment } from '../../src/data';
import { renderWithStore } from './renderWithStore';

afterEach(() => vi.restoreAllMocks());

describe('FileControls', () => {
  it('imports a chosen points file through Import file', async () => {
    const { store } = renderWithStore(<FileControls />);
    const file = new File(['x,y,label\n0.25,-0.5,1\n0,0,0\n'], 'mine.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Import file'), file);
    await waitFor(() =>
      expect(store.getState().points).toEqual([
        { x: 0.25, y: -0.5, label: 1 },
        { x: 0, y: 0, label: 0 },
      ]),
    );
  });

  it('refuses a file too large by its size, without reading it, and changes nothing', async () => {
    const { store } = renderWithStore(<FileControls />);
    const before = store.getState().points;
    const big = new File(['x'], 'big.csv');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    const text = vi.spyOn(big, 'text');
    await userEvent.upload(screen.getByLabelText('Import file'), big);
    await waitFor(() =>
      expect(store.getState().notice).toBe(
        'Cannot import big.csv: the file is 6.0 MB, more than the 5.0 MB allowed. Nothing was changed.',
      ),
    );
    expect(text).not.toHaveBeenCalled();
    expect(store.getState().points).toBe(before);
  });

  it('Export model refuses weights that are not finite, with a notice', async () => {
    const { store } = renderWithStore(<FileControls />);
    store.getState().trainer.network.weights[0][0] = NaN;
    const createObjectURL = vi.fn(() => 'blob:x');
    URL.createObjectURL = createObjectURL;
    await userEvent.click(screen.getByRole('button', { name: 'Export model' }));
    expect(store.getState().notice).toMatch(
      /^Cannot export the model: the weights are not all finite/,
    );
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(() => exportTexts.session(store)).toThrow(RangeError);
  });
});

describe('ShareControls', () => {
  it('Copy link puts a link on the clipboard that carries the points and, ticked, the weights', async () => {
    const { store } = renderWithStore(<ShareControls />);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Include weights'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Link status' }).textContent).toMatch(
        /^Link copied/,
      ),
    );
    const link = await navigator.clipboard.readText();
    const read = await readLinkFragment(link.slice(link.indexOf('#') + 1));
    expect(read.problems).toEqual([]);
    expect(read.points).toEqual(store.getState().points);
    expect(read.model?.layers).toEqual([2, 4, 4, 2]);
  });
});
