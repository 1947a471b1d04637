export { optionalEnv } from './optional-env';
export { requireEnv } from './require-env';
