export * from './errors';
export * from './aircraft-patch';
export * from './model';
export * from './n-number';
export type * from './ports';
