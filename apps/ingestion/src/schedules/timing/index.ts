export { nextRunAfter } from './next-run-after';
export { parseCron } from './parse-cron';
export { parseTimezone } from './parse-timezone';
