export * from './cliIo';
export * from './runDataset';
export * from './runTrain';
export * from './trainOptions';
