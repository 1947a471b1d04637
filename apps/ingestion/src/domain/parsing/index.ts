export { parseRegistryFile } from './parse-registry-file';
export type { ParseRegistryFileOptions } from './parse-registry-file';
export type { RowError, ParsedRow } from './row-error';
export { DatasetFormatError, isDatasetFormatError } from './dataset-format-error';
export { excerpt, MAX_EXCERPT_CHARS } from './excerpt';
