export * from './client';
export * from './members';
export * from './invites';
export * from './addresses';
export * from './errors';
export type * from './types';
