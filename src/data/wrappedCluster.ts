import type { LabelledPoint, Rng } from '../engine';
import { sampleRing } from './sampleRing';

const CLUSTER_X = 0;
const CLUSTER_Y = -0.35;

/**
 * The post's "Data set 1": a round cluster of class 1 near the bottom of the plane, wrapped on
 * three sides by a horseshoe of class 0 that opens downwards. No straight line splits them (the
 * horseshoe's arms reach below the cluster's top), but two do: a roof over the cluster, which is
 * what the two hidden layers learn. 80 + 127 = 207 points. Mutates `rng`.
 */
export function generateWrappedCluster(rng: Rng): LabelledPoint[] {
  const cluster = sampleRing(rng, 80, 1, {
    centerX: CLUSTER_X,
    centerY: CLUSTER_Y,
    innerRadius: 0,
    outerRadius: 0.38,
  });
  const horseshoe = sampleRing(rng, 127, 0, {
    centerX: CLUSTER_X,
    centerY: CLUSTER_Y,
    innerRadius: 0.65,
    outerRadius: 1.05,
    // A 240-degree arc, its gap centred on the downward direction (270 degrees).
    fromDegrees: -30,
    toDegrees: 210,
  });
  return [...cluster, ...horseshoe];
}
