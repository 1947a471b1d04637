export { defaultLogger } from './default-logger';
export { type CorrelationIdResolver, logContextMiddleware } from './log-context-middleware';
