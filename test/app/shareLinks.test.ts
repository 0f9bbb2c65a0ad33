import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_DEBOUNCE_MS, startShareLinks, type AddressHost } from '../../src/app/shareLinks';
import { createAppStore } from '../../src/store';

function fakeHost(hash: string) {
  const listeners: (() => void)[] = [];
  const host: Omit<AddressHost, 'location'> & {
    location: AddressHost['location'];
    fire(): void;
  } = {
    location: { hash, pathname: '/', search: '?profile' },
    history: {
      state: null,
      replaceState: vi.fn((_state: unknown, _title: string, url?: string | URL | null) => {
        host.location = { ...host.location, hash: String(url).replace(/^[^#]*/, '') };
      }),
    },
    addEventListener: (_type, listener) => listeners.push(listener),
    removeEventListener: () => {},
    fire: () => listeners.forEach((listener) => listener()),
  };
  return host;
}

afterEach(() => vi.useRealTimers());

describe('startShareLinks(store, restored, host)', () => {
  it('applies the opening link after the saved session, so the link wins', async () => {
    const store = createAppStore();
    const host = fakeHost('#learningRate=0.03');
    // The saved session lands a little later, with another rate...
    const restored = new Promise<void>((resolve) =>
      setTimeout(() => {
        store.getState().setLearningRate(0.5);
        resolve();
      }, 30),
    );
    const links = startShareLinks(store, restored, host);
    await links.ready;
    expect(store.getState().learningRate).toBe(0.03);
    // ...but the link is applied after it, and the address now carries every setting, keeping the query.
    expect(host.history.replaceState).toHaveBeenLastCalledWith(
      null,
      '',
      expect.stringMatching(/^\/\?profile#v=1&hiddenLayers=4,4&.*learningRate=0\.03&/),
    );
    links.stop();
  });

  it(`rewrites the address ${ADDRESS_DEBOUNCE_MS} ms after the settings settle, not on every frame`, async () => {
    const store = createAppStore();
    const host = fakeHost('');
    const links = startShareLinks(store, Promise.resolve(), host);
    await links.ready;
    vi.useFakeTimers();
    const calls = vi.mocked(host.history.replaceState).mock.calls.length;
    store.getState().setLearningRate(0.01);
    store.getState().setLearningRate(0.02);
    store.getState().step();
    vi.advanceTimersByTime(ADDRESS_DEBOUNCE_MS - 1);
    expect(host.history.replaceState).toHaveBeenCalledTimes(calls);
    vi.advanceTimersByTime(1);
    expect(host.history.replaceState).toHaveBeenCalledTimes(calls + 1);
    expect(host.location.hash).toContain('learningRate=0.02');
    links.stop();
  });
});
