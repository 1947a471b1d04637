export { Chaos } from './chaos';
export type { ChaosOptions } from './chaos';
export { CHAOS_KINDS } from './chaos-kind';
export type { ChaosKind } from './chaos-kind';
export { seededRandom } from './seeded-random';
