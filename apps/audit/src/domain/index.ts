export * from './analytics';
export * from './chain';
export * from './errors';
export * from './health';
export * from './message';
export type * from './ports';
export * from './record';
export * from './retention';
export * from './use-cases';
