export * from './declarations';
