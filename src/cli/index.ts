export * from './cliIo';
export * from './runDataset';
export * from './runTrain';
export * from './trainOptions';
export * from './cliLimits';
export * from './nodeIo';
