export * from './eventbridge';
export * from './gateway';
export * from './lambda';
export * from './queues';
export * from './state';
export * from './platform';
export * from './scheduler';
export * from './chaos';
