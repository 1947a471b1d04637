export { type AppliedVersion, EmbeddedSearchEngine, type EmbeddedSnapshot } from './embedded-search-engine';
