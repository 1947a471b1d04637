import { captureIo } from '../../__fixtures__/capture-io.fixtures.test';
import { startTestBus, waitFor } from '../../__fixtures__/local-bus.fixtures.test';
import type { TestBus } from '../../__fixtures__/local-bus.fixtures.test';
import type { DeadLetterView } from './format-dead-letters';
import { listDeadLetters } from './list-dead-letters';
import { redriveDeadLetters } from './redrive-dead-letters';

describe('dlq commands against a running local bus', () => {
  let platform: TestBus;

  beforeEach(async () => {
    platform = await startTestBus();
    platform.failAudit = true;
    platform.put('AircraftRegistered', 'N100');
    platform.put('AircraftUpdated', 'N200');
    await waitFor(() => platform.bus.listDeadLetters('audit-all').length, (n) => n === 2, 'two dead letters');
  });

  afterEach(() => platform.close());

  it('lists the dead letters with their event and the consumer’s error', async () => {
    const out = captureIo();

    await listDeadLetters({ endpoint: platform.endpoint, rule: 'audit-all' }, out.io);

    expect(out.stdout()).toContain('AircraftRegistered N100');
    expect(out.stdout()).toContain('AircraftUpdated N200');
    expect(out.stdout()).toContain('audit store unavailable');
    expect(out.stdout()).toContain('2 messages in the DLQ of rule audit-all.');
  });

  it('lists them as JSON with the parsed events', async () => {
    const out = captureIo();

    await listDeadLetters({ endpoint: platform.endpoint, rule: 'audit-all', json: true }, out.io);

    const messages = JSON.parse(out.stdout()) as DeadLetterView[];
    expect(messages.map((message) => message.event?.['detail-type']).sort()).toEqual(['AircraftRegistered', 'AircraftUpdated']);
    expect(messages[0]?.failure).toMatchObject({ rule: 'audit-all', errorMessage: expect.stringContaining('audit store unavailable'), receiveCount: 1 });
  });

  it('redrives them to the consumer, which now handles them, and empties the DLQ', async () => {
    platform.failAudit = false;
    const out = captureIo();

    await redriveDeadLetters({ endpoint: platform.endpoint, rule: 'audit-all' }, out.io);

    expect(out.stdout()).toBe('Moved 2 messages from the DLQ of rule audit-all back to its queue.\n');
    await waitFor(() => platform.audited.length, (n) => n === 2, 'redriven deliveries');
    expect(platform.audited.map((event) => event['detail-type']).sort()).toEqual(['AircraftRegistered', 'AircraftUpdated']);
    const after = captureIo();
    await listDeadLetters({ endpoint: platform.endpoint, rule: 'audit-all' }, after.io);
    expect(after.stdout()).toBe('The DLQ of rule audit-all is empty.\n');
  });

  it('reports the redrive count as JSON with --json', async () => {
    const out = captureIo();

    await redriveDeadLetters({ endpoint: platform.endpoint, rule: 'audit-all', json: true }, out.io);

    expect(JSON.parse(out.stdout())).toEqual({ rule: 'audit-all', redriven: 2 });
  });

  it('names the rules the bus has when the rule is unknown', async () => {
    await expect(listDeadLetters({ endpoint: platform.endpoint, rule: 'audit' }, captureIo().io)).rejects.toMatchObject({
      exitCode: 1,
      code: 'eventbridge.unknownRule',
      message: 'Rule audit does not exist on EventBus aircraftops. Rules on the bus: aircraft-rm, audit-all.',
    });
    await expect(redriveDeadLetters({ endpoint: platform.endpoint, rule: 'audit' }, captureIo().io)).rejects.toMatchObject({ code: 'eventbridge.unknownRule' });
  });
});
