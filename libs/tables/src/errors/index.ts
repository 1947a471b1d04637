export { IndexKeysNeedFullItemError } from './index-keys-need-full-item-error';
export { InvalidChangeError } from './invalid-change-error';
export { InvalidKeyError } from './invalid-key-error';
export { InvalidPageTokenError } from './invalid-page-token-error';
export { isTablesError } from './is-tables-error';
export { ItemAlreadyExistsError } from './item-already-exists-error';
export { ItemNotFoundError } from './item-not-found-error';
export { TablesError, type TablesErrorCode } from './tables-error';
export { VersionConflictError } from './version-conflict-error';
