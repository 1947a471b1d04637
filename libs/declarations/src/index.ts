export * from './access';
export * from './app';
export * from './docs';
export * from './environment';
export * from './function';
export * from './triggers';
export * from './local';
