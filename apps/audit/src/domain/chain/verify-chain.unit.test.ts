import type { AuditRecord } from '../record';
import { type ChainHeadState, hashOf, linkAfter } from './chain-link';
import { verifyChain } from './verify-chain';

const NOW = 2_000_000_000;
const LATER = NOW + 86_400;

const recordOf = (n: number, expiresAt = LATER): AuditRecord => ({
  eventId: `evt-${n}`,
  occurredAt: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
  entity: { type: 'Aircraft', id: '511CR', version: n },
  source: 'aircraftops.aircraft',
  detailType: 'AircraftUpdated',
  eventVersion: 1,
  recordedAt: '2025-01-01T01:00:00.000Z',
  correlationId: `req-${n}`,
  actor: { type: 'user', id: 'alice' },
  data: { nNumber: '511CR', statusCode: n % 2 === 0 ? 'V' : 'D' },
  changes: { statusCode: { old: 'V', new: 'D' } },
  schemaStatus: 'valid',
  expiresAt,
});

/** Chains records in the given order, as the recorder would. */
const chainOf = (records: readonly AuditRecord[]): { records: AuditRecord[]; head: ChainHeadState | undefined } => {
  let head: ChainHeadState | undefined;
  const linked = records.map((record) => {
    const next = linkAfter(record, head);
    head = next.head;
    return next.record;
  });
  return { records: linked, head };
};

describe('verifyChain', () => {
  it('finds a chain intact whatever order its records are read in', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(3), recordOf(2)]);

    const verdict = verifyChain([...records].reverse(), head, NOW);

    expect(verdict).toEqual({ status: 'intact', records: 3, chainLength: 3, expired: [] });
  });

  it('finds an empty trail intact', () => {
    expect(verifyChain([], undefined, NOW).status).toBe('intact');
  });

  it('names a record whose content was altered', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2), recordOf(3)]);
    const altered = records.map((r) => (r.eventId === 'evt-2' ? { ...r, actor: { type: 'user' as const, id: 'mallory' } } : r));

    expect(verifyChain(altered, head, NOW)).toMatchObject({
      status: 'tampered',
      firstProblem: { problem: 'altered', seq: 2, eventId: 'evt-2', reason: 'its content does not match its hash' },
    });
  });

  it('names a re-hashed record by the broken link after it', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2), recordOf(3)]);
    const forged = { ...records[1]!, data: { nNumber: '511CR', statusCode: 'X' } };
    const rehashed = { ...forged, chain: { ...forged.chain!, hash: hashOf(forged) } };

    const verdict = verifyChain([records[0]!, rehashed, records[2]!], head, NOW);

    expect(verdict.firstProblem).toMatchObject({ problem: 'inserted', seq: 3, eventId: 'evt-3' });
  });

  it('names the oldest record when it was removed', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2), recordOf(3)]);

    expect(verifyChain(records.slice(1), head, NOW).firstProblem).toMatchObject({ problem: 'removed', seq: 1, eventId: 'evt-1' });
  });

  it('names the newest record when it was removed: the head still vouches for it', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2), recordOf(3)]);

    expect(verifyChain(records.slice(0, 2), head, NOW).firstProblem).toMatchObject({ problem: 'removed', seq: 3, eventId: 'evt-3' });
  });

  it('reports records TTL removed as expired, not as tampering', () => {
    const { records, head } = chainOf([recordOf(1, NOW - 10), recordOf(2, NOW - 5), recordOf(3)]);

    const verdict = verifyChain(records.slice(2), head, NOW);

    expect(verdict).toEqual({ status: 'intact', records: 1, chainLength: 3, expired: [{ fromSeq: 1, toSeq: 2, state: 'removed' }] });
  });

  it('lists expired records still stored, and a trail TTL emptied as expired', () => {
    const { records, head } = chainOf([recordOf(1, NOW - 10), recordOf(2, NOW - 5)]);

    expect(verifyChain(records, head, NOW).expired).toEqual([
      { fromSeq: 1, toSeq: 1, state: 'present' },
      { fromSeq: 2, toSeq: 2, state: 'present' },
    ]);
    expect(verifyChain([], head, NOW)).toMatchObject({ status: 'intact', expired: [{ fromSeq: 1, toSeq: 2, state: 'removed' }] });
  });

  it('refuses a record without a link, a missing head and a head that does not match', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2)]);
    const { chain: _stripped, ...unlinked } = records[1]!;

    expect(verifyChain([records[0]!, unlinked], head, NOW).firstProblem?.problem).toBe('unchained');
    expect(verifyChain(records, undefined, NOW).firstProblem?.problem).toBe('head-missing');
    expect(verifyChain(records, { ...head!, hash: 'f'.repeat(64) }, NOW).firstProblem?.problem).toBe('head-mismatch');
  });

  it('refuses a second record claiming a position', () => {
    const { records, head } = chainOf([recordOf(1), recordOf(2)]);
    const copy = { ...records[1]!, eventId: 'evt-forged' };
    const rehashed = { ...copy, chain: { ...copy.chain!, hash: hashOf(copy) } };

    expect(verifyChain([...records, rehashed], head, NOW).firstProblem).toMatchObject({ problem: 'inserted', seq: 2 });
  });
});
