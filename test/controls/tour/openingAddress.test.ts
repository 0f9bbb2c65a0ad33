import { describe, expect, it, vi } from 'vitest';

describe('openingAddress', () => {
  it('takes the tour out of the opening address, before share links read it, and keeps it', async () => {
    window.history.replaceState(null, '', '/#how-it-works/4');
    vi.resetModules();
    const { tourHashToOpen, forgetOpeningAddress } =
      await import('../../../src/controls/tour/openingAddress');
    expect(window.location.hash).toBe('');
    expect(tourHashToOpen()).toBe('#how-it-works/4');
    // The address's own tour hash wins over the opening one.
    window.history.replaceState(null, '', '/#how-it-works/2');
    expect(tourHashToOpen()).toBe('#how-it-works/2');
    window.history.replaceState(null, '', '/');
    forgetOpeningAddress();
    expect(tourHashToOpen()).toBe('');
  });

  it('leaves an address without the tour alone', async () => {
    window.history.replaceState(null, '', '/#v=1&dataset=seed-1');
    vi.resetModules();
    const { tourHashToOpen } = await import('../../../src/controls/tour/openingAddress');
    expect(window.location.hash).toBe('#v=1&dataset=seed-1');
    expect(tourHashToOpen()).toBe('#v=1&dataset=seed-1');
  });
});
