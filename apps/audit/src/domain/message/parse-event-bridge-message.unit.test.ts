import { eventBridgeEvent } from '../../__fixtures__/events.fixtures.test';
import { InvalidAuditMessageError } from '../errors';
import { parseEventBridgeMessage } from './parse-event-bridge-message';

describe('parseEventBridgeMessage', () => {
  it('reads an EventBridge event from a message body', () => {
    const event = eventBridgeEvent();

    expect(parseEventBridgeMessage(JSON.stringify(event))).toEqual(event);
  });

  it('rejects a body that is not JSON', () => {
    expect(() => parseEventBridgeMessage('{"id": ')).toThrow(InvalidAuditMessageError);
    expect(() => parseEventBridgeMessage('{"id": ')).toThrow(/body is not JSON/);
  });

  it('names every missing or wrong envelope field', () => {
    const { 'detail-type': _omitted, ...event } = eventBridgeEvent();

    const act = () => parseEventBridgeMessage(JSON.stringify({ ...event, detail: [] }));

    expect(act).toThrow(/event\.detail-type: expected string, got nothing/);
    expect(act).toThrow(/event\.detail: expected record, got array/);
  });
});
