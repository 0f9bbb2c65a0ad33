export * from './appStore';
export * from './initialState';
export * from './limits';
export * from './selectors';
export * from './storeContext';
export type * from './types';
