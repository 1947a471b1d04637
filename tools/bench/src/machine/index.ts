export { machineFacts } from './machine-facts';
export type { MachineFacts } from './machine-facts';
