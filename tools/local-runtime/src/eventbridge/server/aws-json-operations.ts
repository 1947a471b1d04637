import { LocalEventBridgeError } from '../errors';
import type { LocalEventBus } from '../local-event-bus';
import { AwsJsonError } from './aws-json-error';

/** The operations the local endpoint implements, keyed by `X-Amz-Target` operation name. */
const OPERATIONS: Record<string, (bus: LocalEventBus, input: Record<string, unknown>) => unknown> = {
  PutEvents: putEvents,
  TestEventPattern: testEventPattern,
};

/** Event fields TestEventPattern requires (the API docs also list `resources`; AWS does not enforce it). */
const REQUIRED_EVENT_FIELDS = ['id', 'account', 'source', 'time', 'region', 'detail-type'];

/**
 * Runs one AWS JSON 1.1 operation (`X-Amz-Target: AWSEvents.<Operation>`) against the bus.
 * Errors are thrown as {@link AwsJsonError}.
 *
 * @example
 * ```ts
 * runAwsJsonOperation(bus, 'AWSEvents.PutEvents', '{"Entries":[...]}'); // { FailedEntryCount, Entries }
 * ```
 */
export function runAwsJsonOperation(bus: LocalEventBus, target: string | undefined, body: string): unknown {
  const operation = target?.startsWith('AWSEvents.') ? target.slice('AWSEvents.'.length) : undefined;
  const run = operation === undefined ? undefined : OPERATIONS[operation];
  if (!run) {
    throw new AwsJsonError('UnknownOperationException', `Operation ${target ?? '(no X-Amz-Target header)'} is not supported by the local EventBridge.`);
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    throw new AwsJsonError('SerializationException', 'Request body is not valid JSON.', 400, { cause: error });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AwsJsonError('SerializationException', 'Request body must be a JSON object.');
  }
  try {
    return run(bus, input as Record<string, unknown>);
  } catch (error) {
    if (error instanceof AwsJsonError) throw error;
    if (LocalEventBridgeError.is(error)) {
      const type = error.code === 'eventbridge.invalidPattern' ? 'InvalidEventPatternException' : 'ValidationException';
      throw new AwsJsonError(type, error.message, 400, { cause: error });
    }
    throw new AwsJsonError('InternalException', 'Internal Service Failure', 500, { cause: error });
  }
}

function putEvents(bus: LocalEventBus, input: Record<string, unknown>): unknown {
  return bus.putEvents(input.Entries);
}

function testEventPattern(bus: LocalEventBus, input: Record<string, unknown>): unknown {
  const pattern = parseJson(input.EventPattern);
  if (pattern === undefined) {
    throw new AwsJsonError('InvalidEventPatternException', 'Event pattern is not valid. Reason: the pattern is not valid JSON.');
  }
  const event = parseJson(input.Event);
  if (typeof event !== 'object' || event === null || Array.isArray(event) || !REQUIRED_EVENT_FIELDS.every((field) => field in event)) {
    throw new AwsJsonError('ValidationException', 'Parameter Event is not valid.');
  }
  return { Result: bus.testEventPattern(pattern, event as Record<string, unknown>) };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
