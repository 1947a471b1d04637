export { isConditionalCheckFailed, oldItemOf } from './conditional-check';
export { createItem, type CreateItemInput } from './create-item';
export { type ItemChanges, updateItem } from './update-item';
export { SOFT_DELETE_RETENTION_SECONDS, type SoftDeleteOptions, softDeleteItem } from './soft-delete-item';
export type { VersionedWriteOptions, WriteContext } from './write-context';
export { type PreparedPut, preparePut } from './prepare-put';
