import { describe, expect, it } from 'vitest';
import { runDataset } from '../../src/cli';
import { DATASET_NAMES, generateDataset, parsePointsCsv } from '../../src/data';
import { createMemoryIo } from './memoryIo';

describe('runDataset(argv, io)', () => {
  it.each(DATASET_NAMES)('prints the points of %s as CSV, seed 1 by default', (name) => {
    const io = createMemoryIo();
    expect(runDataset(['--name', name], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out().startsWith('x,y,label\n')).toBe(true);
    expect(parsePointsCsv(io.out())).toEqual(generateDataset(name, 1));
  });

  it('draws the points from --seed', () => {
    const io = createMemoryIo();
    expect(runDataset(['--name', 'seed-2', '--seed', '42'], io)).toBe(0);
    expect(parsePointsCsv(io.out())).toEqual(generateDataset('seed-2', 42));
  });

  it.each([
    ['no --name', [], /--name is required: one of seed-1, seed-2/],
    ['an unknown name', ['--name', 'spiral'], /--name: unknown data set "spiral"/],
    ['a seed that is not a whole number', ['--name', 'seed-1', '--seed', '2.5'], /--seed/],
    ['a negative seed', ['--name', 'seed-1', '--seed', '-2'], /--seed: .*"-2"/],
    ['an unknown flag', ['--name', 'seed-1', '--points', '10'], /Unknown option '--points'/],
  ])('%s: exits 2 with one line on stderr', (_case, args, message) => {
    const io = createMemoryIo();
    expect(runDataset(args, io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^dataset: [^\n]*\n$/);
    expect(io.err()).toMatch(message);
  });
});
