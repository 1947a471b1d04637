export { breakingChanges } from './breaking-changes';
