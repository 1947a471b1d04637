import { AircraftRegistered } from '@aircraftops/events';
import { PutRecordBatchCommand, type PutRecordBatchCommandInput, type PutRecordBatchCommandOutput } from '@aws-sdk/client-firehose';

import { contractEvent, uniqueId } from '../../__fixtures__/events.fixtures.test';
import { type AuditRecord, toAuditRecord } from '../../domain';
import { FirehoseDeliveryError } from './firehose-delivery-error';
import { createFirehoseSink } from './firehose-sink';

// A fake client, only for what no emulator produces: a call that succeeds while refusing some records.
type Reply = (input: PutRecordBatchCommandInput) => Partial<PutRecordBatchCommandOutput>;
const fakeClient = (replies: Reply[]) => {
  const calls: PutRecordBatchCommandInput[] = [];
  return {
    calls,
    send: async (command: unknown) => {
      if (!(command instanceof PutRecordBatchCommand)) throw new Error('unexpected command');
      calls.push(command.input);
      const reply = replies[calls.length - 1] ?? replies.at(-1)!;
      return reply(command.input) as PutRecordBatchCommandOutput;
    },
  };
};

const accepted: Reply = (input) => ({ FailedPutCount: 0, RequestResponses: (input.Records ?? []).map(() => ({ RecordId: 'r' })) });
/** Refuses the records at the given positions of the call. */
const refusing =
  (...positions: number[]): Reply =>
  (input) => ({
    FailedPutCount: positions.length,
    RequestResponses: (input.Records ?? []).map((_, index) => (positions.includes(index) ? { ErrorCode: 'ServiceUnavailableException', ErrorMessage: 'slow down' } : { RecordId: 'r' })),
  });

const records = (count: number): AuditRecord[] =>
  Array.from({ length: count }, () => toAuditRecord(contractEvent(AircraftRegistered, { eventId: uniqueId('evt'), entity: { type: 'Aircraft', id: 'N1', version: 1 } }), new Date()));
const eventIdsOf = (input: PutRecordBatchCommandInput) =>
  (input.Records ?? []).map((record) => (JSON.parse(new TextDecoder().decode(record.Data)) as { eventId: string }).eventId);
const noWait = { sleep: async () => undefined, delayMs: () => 0 };

describe('createFirehoseSink', () => {
  it('sends each record as one NDJSON line with its eventId, 500 records a call at most, in order', async () => {
    const client = fakeClient([accepted]);
    const sent = records(501);

    await createFirehoseSink(client, 'analytics', noWait).putAll(sent);

    expect(client.calls.map((call) => call.Records?.length)).toEqual([500, 1]);
    expect(client.calls.every((call) => call.DeliveryStreamName === 'analytics')).toBe(true);
    expect(client.calls.flatMap(eventIdsOf)).toEqual(sent.map((record) => record.eventId));
    expect(new TextDecoder().decode(client.calls[0]!.Records![0]!.Data).endsWith('}\n')).toBe(true);
  });

  it('sends again only the records a call refused (FailedPutCount), after a backoff', async () => {
    const client = fakeClient([refusing(1, 3), accepted]);
    const delays: number[] = [];
    const sent = records(4);

    await createFirehoseSink(client, 'analytics', { sleep: async (ms) => void delays.push(ms), delayMs: (retry) => retry * 100 }).putAll(sent);

    expect(client.calls.map(eventIdsOf)).toEqual([sent.map((r) => r.eventId), [sent[1]!.eventId, sent[3]!.eventId]]);
    expect(delays).toEqual([100]);
  });

  it('throws when records keep being refused, so that the stream batch is retried (never dropped)', async () => {
    const client = fakeClient([refusing(0)]);

    const put = createFirehoseSink(client, 'analytics', { ...noWait, maxAttempts: 3 }).putAll(records(2));

    await expect(put).rejects.toThrow(FirehoseDeliveryError);
    await expect(put).rejects.toThrow('1 record(s) refused by delivery stream analytics after 3 attempts (last error ServiceUnavailableException)');
    expect(client.calls).toHaveLength(3);
  });

  it('lets a failed call itself (throttling, access denied) reach the handler', async () => {
    const client = { send: async () => Promise.reject(new Error('ThrottlingException')) };

    await expect(createFirehoseSink(client, 'analytics', noWait).putAll(records(1))).rejects.toThrow('ThrottlingException');
  });

  it('calls nothing for an empty batch', async () => {
    const client = fakeClient([accepted]);

    await createFirehoseSink(client, 'analytics', noWait).putAll([]);

    expect(client.calls).toHaveLength(0);
  });
});
