export * from './catalog';
export * from './publisher';
export * from './pattern';
