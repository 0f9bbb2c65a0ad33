import type { LabelledPoint } from '../engine';
import { startGenerator, type DatasetOptions } from './datasetOptions';
import { jitterPoint, sampleNormal } from './jitter';
import type { PlanePosition } from './plane';

const CENTRE_RADIUS = 0.6;
const MAX_BLOB_RADIUS = 0.3;
/** At noise 1, the noise's standard deviation as a share of the distance between neighbours. */
const NOISE_SHARE = 0.4;
const SALT = 0xb10b5000;

/** The centres of K blobs, evenly spaced on a circle about the origin, the first on the x axis. */
export function blobCentres(classCount: number): PlanePosition[] {
  return Array.from({ length: classCount }, (_, k) => {
    const angle = (2 * Math.PI * k) / classCount;
    return { x: CENTRE_RADIUS * Math.cos(angle), y: CENTRE_RADIUS * Math.sin(angle) };
  });
}

/**
 * K Gaussian blobs, one a class, their centres evenly spread on a circle (see blobCentres). Before
 * noise, a blob is cut off at a radius under half the distance between neighbouring centres, so
 * every point lies nearer its own centre than any other; the noise, scaled to that distance,
 * then makes the blobs overlap. Labels cycle 0, 1, ..., K-1, 0, ...
 */
export function generateBlobs(seed: number, options: DatasetOptions): LabelledPoint[] {
  const rng = startGenerator(seed, options, SALT);
  const { classCount } = options;
  const centres = blobCentres(classCount);
  const neighbourDistance = 2 * CENTRE_RADIUS * Math.sin(Math.PI / classCount);
  const blobRadius = Math.min(MAX_BLOB_RADIUS, 0.4 * neighbourDistance);
  const sd = options.noise * NOISE_SHARE * neighbourDistance;
  return Array.from({ length: options.count }, (_, i) => {
    const label = i % classCount;
    // A normal draw of standard deviation half the blob's radius, drawn again beyond that radius.
    let dx: number;
    let dy: number;
    do {
      dx = (blobRadius / 2) * sampleNormal(rng);
      dy = (blobRadius / 2) * sampleNormal(rng);
    } while (dx * dx + dy * dy > blobRadius * blobRadius);
    return jitterPoint(rng, centres[label].x + dx, centres[label].y + dy, sd, label);
  });
}
