import type { AuditRecord } from '../record';
import { GENESIS_HASH, hashOf } from './chain-link';
import type { ChainHeadState } from './chain-link';

/** What went wrong with the first bad link. */
export type ChainProblem = 'altered' | 'removed' | 'inserted' | 'unchained' | 'head-missing' | 'head-mismatch';

/** The first record that was altered, removed or is missing, and why. */
export interface ChainFinding {
  readonly problem: ChainProblem;
  /** Chain position of the record concerned. */
  readonly seq?: number;
  /** Its event id, when the record or its successor (or the head) names it. */
  readonly eventId?: string;
  readonly reason: string;
}

/** Links no longer there (or about to go) because their retention ended: never tampering. */
export interface ExpiredLinks {
  readonly fromSeq: number;
  readonly toSeq: number;
  /** `present`: still stored but past `expiresAt` (hidden from queries); `removed`: gone, as TTL does. */
  readonly state: 'present' | 'removed';
}

/** The verdict on one entity's trail. */
export interface ChainVerification {
  readonly status: 'intact' | 'tampered';
  /** Records read, and the chain length the head vouches for. */
  readonly records: number;
  readonly chainLength: number;
  readonly expired: readonly ExpiredLinks[];
  readonly firstProblem?: ChainFinding;
}

const removedReason = (from: number, to: number, vouchedUntil: number | undefined): string =>
  `${from === to ? `record ${from} is` : `records ${from}-${to} are`} missing although ${
    vouchedUntil === undefined ? 'the chain does not say they expired' : `the chain keeps records until ${new Date(vouchedUntil * 1000).toISOString()}`
  }`;

/**
 * Checks one entity's hash chain: every record's hash against its content, every link against the one
 * before, no gaps but those retention explains, and the newest link against the chain head (which is what
 * catches a removed newest record). Pure: the caller reads every record of the entity, expired ones too.
 * @param nowSeconds epoch seconds; a record past its `expiresAt` counts as expired.
 * @example
 * verifyChain(records, head, Math.floor(Date.now() / 1000)).status; // 'intact'
 */
export const verifyChain = (records: readonly AuditRecord[], head: ChainHeadState | undefined, nowSeconds: number): ChainVerification => {
  const expired: ExpiredLinks[] = [];
  const result = (firstProblem?: ChainFinding): ChainVerification => ({
    status: firstProblem === undefined ? 'intact' : 'tampered',
    records: records.length,
    chainLength: head?.seq ?? 0,
    expired,
    ...(firstProblem === undefined ? {} : { firstProblem }),
  });
  const unchained = records.find((record) => record.chain === undefined);
  if (unchained !== undefined) {
    return result({ problem: 'unchained', eventId: unchained.eventId, reason: 'the record carries no chain link (written around the recorder, or its link was stripped)' });
  }
  const links = [...records].sort((a, b) => a.chain!.seq - b.chain!.seq);
  let previous: AuditRecord | undefined;
  for (const record of links) {
    const link = record.chain!;
    const expected = (previous?.chain!.seq ?? 0) + 1;
    if (hashOf(record) !== link.hash) {
      return result({ problem: 'altered', seq: link.seq, eventId: record.eventId, reason: 'its content does not match its hash' });
    }
    if (link.seq < expected) {
      return result({ problem: 'inserted', seq: link.seq, eventId: record.eventId, reason: `a second record claims position ${link.seq}` });
    }
    if (link.seq > expected) {
      const vouchedUntil = link.prevExpiresAt;
      if (vouchedUntil === undefined || vouchedUntil > nowSeconds) {
        return result({
          problem: 'removed',
          seq: link.seq - 1,
          ...(link.prevEventId === undefined ? {} : { eventId: link.prevEventId }),
          reason: removedReason(expected, link.seq - 1, vouchedUntil),
        });
      }
      expired.push({ fromSeq: expected, toSeq: link.seq - 1, state: 'removed' });
    } else if (link.prevHash !== (previous?.chain!.hash ?? GENESIS_HASH)) {
      return result({ problem: 'inserted', seq: link.seq, eventId: record.eventId, reason: `it does not link to record ${expected - 1}` });
    }
    if (record.expiresAt <= nowSeconds) expired.push({ fromSeq: link.seq, toSeq: link.seq, state: 'present' });
    previous = record;
  }
  return result(checkHead(previous, head, nowSeconds, expired));
};

const checkHead = (newest: AuditRecord | undefined, head: ChainHeadState | undefined, nowSeconds: number, expired: ExpiredLinks[]): ChainFinding | undefined => {
  const newestSeq = newest?.chain!.seq ?? 0;
  if (head === undefined) {
    return newest === undefined ? undefined : { problem: 'head-missing', reason: 'the entity has records but no chain head' };
  }
  if (head.seq < newestSeq) {
    return { problem: 'inserted', seq: newestSeq, eventId: newest!.eventId, reason: `the chain head ends at record ${head.seq}` };
  }
  if (head.seq > newestSeq) {
    // Every record the head vouches for has expired: TTL may have taken the newest ones too.
    if (head.expiresAt <= nowSeconds) {
      expired.push({ fromSeq: newestSeq + 1, toSeq: head.seq, state: 'removed' });
      return undefined;
    }
    return {
      problem: 'removed',
      seq: head.seq,
      eventId: head.lastEventId,
      reason: `${removedReason(newestSeq + 1, head.seq, head.expiresAt)} (the chain head names them)`,
    };
  }
  if (newest !== undefined && newest.chain!.hash !== head.hash) {
    return { problem: 'head-mismatch', seq: newestSeq, eventId: newest.eventId, reason: 'the newest record does not match the chain head' };
  }
  return undefined;
};
