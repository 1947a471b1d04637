export { IncompleteItemError } from './incomplete-item-error';
export { isStreamBridgeError, StreamBridgeError } from './stream-bridge-error';
export type { StreamBridgeErrorCode } from './stream-bridge-error';
export { UnknownEntityError } from './unknown-entity-error';
