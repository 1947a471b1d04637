export { RegistryError, InvalidRegistryArgumentError } from './registry-error';
export type { RegistryErrorCode } from './registry-error';
