export { correlationIdOfHttpEvent } from './correlation-id-of-http-event';
export { correlationIdOfMessage } from './correlation-id-of-message';
export { correlationIdOfStreamRecord } from './correlation-id-of-stream-record';
export { CORRELATION_ID_HEADER, CORRELATION_ID_RULE, isCorrelationId } from './correlation-id-rule';
