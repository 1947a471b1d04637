export type { BatchHandlerOptions } from './batch-handler-options';
export { defaultBatchLogger } from './default-logger';
export { InvalidBatchError } from './invalid-batch-error';
