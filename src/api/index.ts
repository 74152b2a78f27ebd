export * from './client';
export * from './members';
export * from './invites';
export * from './assortment-lists';
export * from './addresses';
export * from './errors';
export type * from './types';
export * from './departments';
