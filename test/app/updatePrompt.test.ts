import { describe, expect, it, vi } from 'vitest';
import { createUpdatePrompt } from '../../src/app/updatePrompt';

describe('createUpdatePrompt()', () => {
  it('starts with no update and ignores reload() until a build is offered', async () => {
    const prompt = createUpdatePrompt();
    const listener = vi.fn();
    prompt.subscribe(listener);
    await prompt.reload();
    expect(prompt.state()).toBe('none');
    expect(listener).not.toHaveBeenCalled();
  });

  it('offer() then reload() activates the waiting build once, telling subscribers each step', async () => {
    const prompt = createUpdatePrompt();
    const seen: string[] = [];
    prompt.subscribe(() => seen.push(prompt.state()));
    const activate = vi.fn(() => Promise.resolve());
    prompt.offer(activate);
    await prompt.reload();
    await prompt.reload();
    expect(activate).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['waiting', 'reloading']);
  });

  it('reload() puts the offer back when activating fails, so it can be tried again', async () => {
    const prompt = createUpdatePrompt();
    const activate = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockResolvedValue(undefined);
    prompt.offer(activate);
    await prompt.reload();
    expect(prompt.state()).toBe('waiting');
    await prompt.reload();
    expect(activate).toHaveBeenCalledTimes(2);
    expect(prompt.state()).toBe('reloading');
  });

  it('subscribe() returns an unsubscribe that stops the calls', () => {
    const prompt = createUpdatePrompt();
    const listener = vi.fn();
    prompt.subscribe(listener)();
    prompt.offer(() => Promise.resolve());
    expect(listener).not.toHaveBeenCalled();
  });
});
