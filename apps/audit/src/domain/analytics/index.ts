export { analyticsLine, analyticsPartition } from './analytics-line';
