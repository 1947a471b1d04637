export * from '@aircraftops/event-contracts';
export * from './publisher';
export * from './pattern';
