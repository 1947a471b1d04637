export { median, percentile } from './percentile';
export { ratio } from './ratio';
