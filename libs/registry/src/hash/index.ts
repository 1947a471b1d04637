export { contentHash } from './content-hash';
