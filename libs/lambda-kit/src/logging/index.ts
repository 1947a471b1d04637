export { defaultLogger } from './default-logger';
export { type CorrelationIdResolver, logContextMiddleware } from './log-context-middleware';
export { SERVICE_NAME_ENV, serviceNameFromEnv } from './service-name';
