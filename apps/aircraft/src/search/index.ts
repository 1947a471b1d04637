export * from './adapters';
export * from './domain';
export * from './use-cases';
