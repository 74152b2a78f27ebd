export * from './client';
export * from './members';
export * from './errors';
export type * from './types';
