import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { InvalidQueueOptionsError, QueueJournalCorruptError } from './errors';
import { LocalQueue } from './local-queue';
import type { LocalQueueOptions } from './local-queue';

function queue(overrides: Partial<LocalQueueOptions> = {}, clock = { now: 1_000_000 }): LocalQueue {
  return new LocalQueue({
    name: 'audit-all',
    region: 'us-east-1',
    accountId: '000000000000',
    visibilityTimeoutSeconds: 30,
    maxReceiveCount: 2,
    now: () => clock.now,
    ...overrides,
  });
}

describe('LocalQueue', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'local-queue-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hides a received message for the visibility timeout, then hands it out again with a new handle', () => {
    const clock = { now: 1_000_000 };
    const q = queue({}, clock);
    const sent = q.send('{"a":1}');

    const [first] = q.receive(10);
    expect(first?.message).toMatchObject({ messageId: sent.messageId, body: '{"a":1}', receiveCount: 1, firstReceiveTimestamp: 1_000_000 });
    // md5 of '{"a":1}', computed with md5sum.
    expect(first?.message.md5OfBody).toBe('bb6cb5c68df4652941caf652a366f2d8');
    expect(q.receive(10)).toEqual([]);
    expect(q.depth()).toEqual({ available: 0, inFlight: 1, deadLetters: 0 });

    clock.now += 30_000;
    const [second] = q.receive(10);
    expect(second?.message.receiveCount).toBe(2);
    expect(second?.receiptHandle).not.toBe(first?.receiptHandle);
    expect(q.delete(first?.receiptHandle ?? '')).toBe(false);
    expect(q.delete(second?.receiptHandle ?? '')).toBe(true);
    expect(q.depth()).toEqual({ available: 0, inFlight: 0, deadLetters: 0 });
  });

  it('returns at most the requested number of messages, oldest first', () => {
    const q = queue();
    for (const n of [1, 2, 3]) q.send(String(n));
    expect(q.receive(2).map((r) => r.message.body)).toEqual(['1', '2']);
    expect(q.receive(2).map((r) => r.message.body)).toEqual(['3']);
  });

  it('keeps a failed message invisible until its visibility timeout ends, counted from its receive', () => {
    const clock = { now: 0 };
    const q = queue({ visibilityTimeoutSeconds: 2, maxReceiveCount: 5 }, clock);
    q.send('x');
    const [received] = q.receive(1);
    clock.now = 300;
    expect(q.release(received?.receiptHandle ?? '', { errorMessage: 'boom' })).toBe('retry');
    expect(q.depth()).toEqual({ available: 0, inFlight: 1, deadLetters: 0 });
    expect(q.nextVisibleAt()).toBe(2_000);
    clock.now = 1_999;
    expect(q.receive(1)).toEqual([]);
    clock.now = 2_000;
    expect(q.receive(1)[0]?.message).toMatchObject({ receiveCount: 2, lastError: 'boom' });
  });

  it('in fast-retry mode brings a failed message back after the given delay, never later than the visibility timeout', () => {
    const clock = { now: 0 };
    const q = queue({ visibilityTimeoutSeconds: 1, maxReceiveCount: 5 }, clock);
    q.send('x');
    q.send('y');
    const [x, y] = q.receive(2);
    q.release(x?.receiptHandle ?? '', { errorMessage: 'boom', retryAfterMs: 10 });
    q.release(y?.receiptHandle ?? '', { errorMessage: 'boom', retryAfterMs: 60_000 });
    expect(q.nextVisibleAt()).toBe(10);
    clock.now = 10;
    expect(q.receive(2).map((r) => r.message.body)).toEqual(['x']);
    clock.now = 1_000;
    expect(q.receive(2).map((r) => r.message.body)).toEqual(['y']);
  });

  it('dead-letters a message that failed maxReceiveCount times when it would be received again, as SQS redrives it', () => {
    const start = Date.UTC(2024, 0, 1);
    const clock = { now: start };
    const q = queue({ maxReceiveCount: 2 }, clock);
    const sent = q.send('{"event":1}');
    q.release(q.receive(1)[0]?.receiptHandle ?? '', { errorMessage: 'first' });
    clock.now += 30_000;
    q.release(q.receive(1)[0]?.receiptHandle ?? '', { errorMessage: 'second' });
    expect(q.deadLetters()).toEqual([]);
    clock.now += 30_000;

    expect(q.receive(10)).toEqual([]);
    expect(q.deadLetters()).toEqual([
      {
        messageId: sent.messageId,
        body: '{"event":1}',
        md5OfBody: sent.md5OfBody,
        attributes: {
          SentTimestamp: String(start),
          SenderId: 'events.amazonaws.com',
          ApproximateReceiveCount: '2',
          ApproximateFirstReceiveTimestamp: String(start),
          DeadLetterQueueSourceArn: 'arn:aws:sqs:us-east-1:000000000000:audit-all',
        },
        messageAttributes: {},
        failure: {
          rule: 'audit-all',
          queueArn: 'arn:aws:sqs:us-east-1:000000000000:audit-all',
          errorMessage: 'second',
          receiveCount: 2,
          deadLetteredAt: '2024-01-01T00:01:00.000Z',
        },
      },
    ]);
  });

  it('delivers a deleted message again with the same id and body when asked to (chaos redelivery)', () => {
    const q = queue();
    const sent = q.send('once');
    const [first] = q.receive(1);
    expect(q.deleteAndRedeliver(first?.receiptHandle ?? '')).toBe(true);
    const [again] = q.receive(1);
    expect(again?.message).toMatchObject({ messageId: sent.messageId, body: 'once', receiveCount: 1 });
    expect(again?.receiptHandle).not.toBe(first?.receiptHandle);
    expect(q.deleteAndRedeliver(first?.receiptHandle ?? '')).toBe(false);
  });

  it('dead-letters, on the next receive, a message whose receives ran out without a release (SQS redrive)', () => {
    const clock = { now: 0 };
    const q = queue({ maxReceiveCount: 1, visibilityTimeoutSeconds: 1 }, clock);
    q.send('stuck');
    q.receive(1);
    clock.now = 1_000;
    expect(q.receive(1)).toEqual([]);
    expect(q.deadLetters()[0]?.failure.errorMessage).toBe('Visibility timeout expired before the message was deleted.');
  });

  it('peeks at queued and in-flight messages oldest first without receiving them or showing dead letters', () => {
    const q = queue({ maxReceiveCount: 1 });
    const dead = q.send('dead');
    const inFlight = q.send('in flight');
    const waiting = q.send('waiting');
    const [received] = q.receive(1);
    q.release(received?.receiptHandle ?? '', { errorMessage: 'failed', retryAfterMs: 0 });
    q.receive(1);

    const peeked = q.peek();

    expect(peeked.map((message) => message.messageId)).toEqual([inFlight.messageId, waiting.messageId]);
    expect(peeked.map((message) => message.receiveCount)).toEqual([1, 0]);
    expect(q.peek().map((message) => message.messageId)).not.toContain(dead.messageId);
    expect(q.depth()).toEqual({ available: 1, inFlight: 1, deadLetters: 1 });
  });

  it('redrives dead letters back with their receive count reset', () => {
    const q = queue({ maxReceiveCount: 1 });
    q.send('a');
    q.release(q.receive(1)[0]?.receiptHandle ?? '', { errorMessage: 'x', retryAfterMs: 0 });
    q.receive(1);
    expect(q.redrive()).toBe(1);
    expect(q.deadLetters()).toEqual([]);
    expect(q.receive(1)[0]?.message).toMatchObject({ body: 'a', receiveCount: 1, deadLetter: undefined });
  });

  it('restores pending, in-flight and dead-lettered messages from its journal, but never deleted ones', () => {
    const journalPath = join(dir, 'audit-all.jsonl');
    const first = queue({ journalPath, maxReceiveCount: 1 });
    first.send('deleted');
    first.send('in-flight');
    first.send('pending');
    first.send('dead');
    const [deleted, inFlight] = first.receive(2);
    first.delete(deleted?.receiptHandle ?? '');
    const [dead] = first.receive(2).filter((r) => r.message.body === 'dead');
    first.release(dead?.receiptHandle ?? '', { errorMessage: 'bad', retryAfterMs: 0 });
    first.receive(10);
    first.close();
    expect(inFlight?.message.body).toBe('in-flight');

    const second = queue({ journalPath, maxReceiveCount: 5 });
    expect(second.deadLetters().map((d) => [d.body, d.failure.errorMessage])).toEqual([['dead', 'bad']]);
    expect(second.receive(10).map((r) => [r.message.body, r.message.receiveCount])).toEqual([
      ['in-flight', 2],
      ['pending', 2],
    ]);
    second.close();
    // Compaction leaves one snapshot line per surviving message, plus what the second run appended.
    const ops = readFileSync(journalPath, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { op: string }).op);
    expect(ops).toEqual(['put', 'put', 'put', 'receive', 'receive']);
  });

  it('ignores a torn last journal line but refuses a corrupt line in the middle', () => {
    const journalPath = join(dir, 'q.jsonl');
    const q = queue({ journalPath });
    q.send('kept');
    q.close();
    writeFileSync(journalPath, readFileSync(journalPath, 'utf8') + '{"op":"put","mess');
    const reopened = queue({ journalPath });
    expect(reopened.receive(10).map((r) => r.message.body)).toEqual(['kept']);
    reopened.close();

    writeFileSync(journalPath, 'not json\n' + readFileSync(journalPath, 'utf8'));
    expect(() => queue({ journalPath })).toThrow(QueueJournalCorruptError);
  });

  it('rejects settings outside the SQS ranges with a precise message', () => {
    expect(() => queue({ maxReceiveCount: 0 })).toThrow(new InvalidQueueOptionsError('Queue audit-all: maxReceiveCount must be an integer 1–1000, got 0.'));
    expect(() => queue({ name: 'has space' })).toThrow(InvalidQueueOptionsError);
    expect(() => queue({ visibilityTimeoutSeconds: -1 })).toThrow(/visibilityTimeoutSeconds must be 0–43200/);
  });
});
