import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createAppStore, StoreProvider, type AppStore } from '../../src/store';

export function renderWithStore(ui: ReactElement, store: AppStore = createAppStore()) {
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
