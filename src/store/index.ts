export * from './appStore';
export * from './initialState';
export * from './selectors';
export * from './storeContext';
export type * from './types';
