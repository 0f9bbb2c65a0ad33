export * from './costHistory';
export * from './decisionGrid';
export * from './plane';
export * from './stepBudget';
export * from './trainingLoop';
export * from './trainingSession';
