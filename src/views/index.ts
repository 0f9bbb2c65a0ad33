export { BoundaryView } from './boundary';
export { CostView } from './cost';
export { NetworkView } from './network';
export * from './frameScheduler';
export * from './frameSchedulerContext';
export * from './saveFile';
