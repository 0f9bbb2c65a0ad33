export * from './costHistory';
export * from './stepBudget';
export * from './trainer';
export * from './trainingLoop';
export * from './trainingSession';
export * from './evaluationHistory';
