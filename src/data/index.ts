export * from './datasets';
export * from './pointsCsv';
export * from './sampleRegion';
export * from './sampleRing';
export * from './nearestPoint';
