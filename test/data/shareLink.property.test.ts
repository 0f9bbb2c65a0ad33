import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { encodeLinkFragment, readLinkFragment, readSettings } from '../../src/data';
import { LINK_RUNS, point, settings } from './arbitraries';

vi.setConfig({ testTimeout: 60_000 });

describe('readLinkFragment(fragment), property', () => {
  it(`any fragment gives valid settings and each dropped field named (${LINK_RUNS} runs)`, async () => {
    const key = fc.constantFrom(
      'learningRate',
      'seed',
      'hiddenLayers',
      'points',
      'weights',
      'optimizer',
      'features',
      'speed',
      'stopAfter',
      'batchSize',
      'junk',
    );
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(fc.tuple(key, fc.string({ maxLength: 40 })), { maxLength: 8 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    await fc.assert(
      fc.asyncProperty(fragment, async (f) => {
        const read = await readLinkFragment(f);
        expect(readSettings(read.settings).problems).toEqual([]);
        for (const problem of read.problems) {
          expect(problem.path.length).toBeGreaterThan(0);
          expect(problem.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: LINK_RUNS },
    );
  });

  it(`a copied link gives back exactly its settings and points (${LINK_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(settings, fc.array(point(8), { maxLength: 40 }), async (s, points) => {
        const read = await readLinkFragment(
          await encodeLinkFragment({ settings: s, dataset: 'custom', points }),
        );
        expect(read).toEqual({
          settings: s,
          dataset: 'custom',
          points,
          model: undefined,
          problems: [],
        });
      }),
      { numRuns: LINK_RUNS },
    );
  });
});
