import { isCorrelationId } from './correlation-id-rule';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The correlation id a platform event carries (`detail.metadata.correlationId`, see libs/events),
 * read from an SQS message body holding the EventBridge event; `undefined` when it has none or the
 * body is no such event. Never throws: it only labels log lines.
 *
 * @example
 * correlationIdOfMessage('{"detail":{"metadata":{"correlationId":"req-1"}}}'); // 'req-1'
 */
export const correlationIdOfMessage = (body: string): string | undefined => {
  try {
    const event: unknown = JSON.parse(body);
    const detail = isObject(event) ? event['detail'] : undefined;
    const metadata = isObject(detail) ? detail['metadata'] : undefined;
    const id = isObject(metadata) ? metadata['correlationId'] : undefined;
    return isCorrelationId(id) ? id : undefined;
  } catch {
    return undefined;
  }
};
