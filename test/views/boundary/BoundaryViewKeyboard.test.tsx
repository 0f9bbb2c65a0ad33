import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, StoreProvider } from '../../../src/store';
import { BoundaryView } from '../../../src/views/boundary';

function renderView() {
  const store = createAppStore();
  store.getState().setPoints([{ x: 0.6, y: 0.6, label: 0 }], 'custom');
  store.getState().selectClass(1);
  render(
    <StoreProvider store={store}>
      <button type="button">Before</button>
      <BoundaryView />
    </StoreProvider>,
  );
  const plane = screen.getByRole('application', { name: 'Plane' });
  const cursor = plane.querySelector<SVGGElement>('.boundary-cursor')!;
  const status = plane.parentElement!.querySelector('[aria-live="polite"]')!;
  return { store, plane, cursor, status, user: userEvent.setup() };
}

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => vi.restoreAllMocks());

describe('BoundaryView by keyboard', () => {
  it('the plane is in the tab order, and says how to use it', async () => {
    const { plane, user } = renderView();
    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(plane);
    const help = document.getElementById(plane.getAttribute('aria-describedby')!)!;
    expect(help.textContent).toContain('arrow keys move a cursor');
  });

  it('arrows move a drawn cursor and announce it; Enter places a point there', async () => {
    const { store, plane, cursor, status, user } = renderView();
    plane.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect(cursor.getAttribute('display')).toBeNull();
    expect(Number(cursor.dataset.x)).toBe(0.1);
    expect(Number(cursor.dataset.y)).toBe(-0.2);
    expect(status.textContent).toBe('cursor at x 0.10, y -0.20');
    await user.keyboard('{Enter}');
    expect(store.getState().points.at(-1)).toEqual({ x: 0.1, y: -0.2, label: 1 });
    expect(status.textContent).toBe('placed a class 1 point at x 0.10, y -0.20');
  });

  it('Delete removes the point nearest the cursor, and undo brings it back', async () => {
    const { store, plane, status, user } = renderView();
    plane.focus();
    await user.keyboard('{Delete}');
    expect(store.getState().points).toEqual([]);
    expect(status.textContent).toBe('removed the class 0 point at x 0.60, y 0.60');
    store.getState().undo();
    expect(store.getState().points).toHaveLength(1);
  });

  it('hides the cursor and clears its status when the plane loses focus', async () => {
    const { plane, cursor, status, user } = renderView();
    plane.focus();
    await user.keyboard('{ArrowUp}');
    await user.tab();
    expect(cursor.getAttribute('display')).toBe('none');
    expect(status.textContent).toBe('');
  });
});
