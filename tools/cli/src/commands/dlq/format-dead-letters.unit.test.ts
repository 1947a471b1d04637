import { busEvent, deadLetter } from '../../__fixtures__/events.fixtures.test';
import { formatDeadLetters, withParsedEvents } from './format-dead-letters';

describe('formatDeadLetters', () => {
  it('shows each message with its event, receives and last error, and the redrive command', () => {
    const text = formatDeadLetters('audit-all-events', [deadLetter(busEvent(), 'ConditionalCheckFailed: audit record exists')]);

    const row = text.split('\n').find((line) => line.includes('b8a3f2de')) ?? '';
    expect(row.split('│').map((cell) => cell.trim())).toEqual([
      '',
      'b8a3f2de-0c43-4e2e-8f55-0d1c9a6f5e10',
      '2024-05-01T12:00:05.000Z',
      '3',
      'AircraftRegistered N12345',
      'ConditionalCheckFailed: audit record exists',
      '',
    ]);
    expect(text.endsWith('1 message in the DLQ of rule audit-all-events. Send them back to the consumer with: aircraftops dlq redrive audit-all-events\n')).toBe(true);
  });

  it('says when the body is not JSON instead of failing', () => {
    expect(formatDeadLetters('r', [deadLetter('not json')])).toContain('(body is not JSON)');
  });

  it('says so when the DLQ is empty', () => {
    expect(formatDeadLetters('audit-all-events', [])).toBe('The DLQ of rule audit-all-events is empty.\n');
  });
});

describe('withParsedEvents', () => {
  it('adds the parsed event and keeps the original body', () => {
    const event = busEvent();
    const [view] = withParsedEvents([deadLetter(event)]);

    expect(view?.event).toEqual(event);
    expect(view?.body).toBe(JSON.stringify(event));
  });

  it('gives event null for a body that is not JSON', () => {
    expect(withParsedEvents([deadLetter('{')])[0]?.event).toBeNull();
  });
});
