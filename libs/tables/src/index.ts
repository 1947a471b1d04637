export * from './client';
export * from './specs';
