export { manifest } from './manifest';
export * from './search';
