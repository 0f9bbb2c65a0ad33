export {
  DEFAULT_DATASET_OPTIONS,
  validateDatasetOptions,
  type DatasetOptions,
} from './datasetOptions';
export * from './datasets';
export * from './featureLabels';
export * from './heldOut';
export * from './limits';
export * from './plane';
export * from './pointsCsv';
export * from './sampleRegion';
export * from './sampleRing';
export * from './nearestPoint';
export * from './fieldProblem';
export * from './importFile';
export * from './sessionJson';
export * from './tourParam';
export * from './sessionSettings';
export * from './shareLink';
