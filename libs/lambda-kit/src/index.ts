export * from './auth';
export { InvalidBatchError } from './batch';
export type { BatchHandlerOptions } from './batch';
export * from './config';
export * from './correlation';
export * from './errors';
export * from './http';
export { createLogger } from './logger';
export * from './logging';
export * from './paging';
export * from './runtime';
export type { CreateLoggerOptions, LogLevelName } from './logger';
export * from './sqs';
export * from './schedule';
export * from './streams';
export * from './validation';
// Test factories: tree-shaken out of Lambda bundles, exported so apps' handler tests build real events.
export * from './testing';
