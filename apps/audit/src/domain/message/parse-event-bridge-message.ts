import { InvalidAuditMessageError } from '../errors';
import { describeIssues } from './describe-issues';
import { type EventBridgeEnvelope, eventBridgeEnvelopeSchema } from './event-bridge-envelope';

/**
 * Reads an SQS message body as an EventBridge event.
 * @throws InvalidAuditMessageError when the body is not JSON or not the envelope, naming each problem.
 * @example
 * const envelope = parseEventBridgeMessage(record.body);
 */
export const parseEventBridgeMessage = (body: string): EventBridgeEnvelope => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new InvalidAuditMessageError([`body is not JSON (${(error as Error).message})`], { cause: error });
  }
  const result = eventBridgeEnvelopeSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    throw new InvalidAuditMessageError(describeIssues(result.error.issues, 'event'), { cause: result.error });
  }
  return result.data;
};
