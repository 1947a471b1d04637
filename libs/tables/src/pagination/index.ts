export { checkStartKey } from './check-start-key';
export { decodePageToken } from './decode-page-token';
export { encodePageToken } from './encode-page-token';
export { parsePageToken } from './parse-page-token';
export type { PageTokenExpectation, SortKeyCondition, TableKeyPrefixes } from './page-token-expectation';
