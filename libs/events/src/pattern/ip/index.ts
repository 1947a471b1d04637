export { ipInRange, ipRange } from './ip-range';
export type { IpRange } from './ip-range';
export { parseIp } from './parse-ip';
