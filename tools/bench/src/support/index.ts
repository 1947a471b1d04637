export { CleanupStack } from './cleanup-stack';
export { createTableSet } from './table-set';
export { mapConcurrent } from './map-concurrent';
export { parseProcStatusRss, readRss } from './read-rss';
