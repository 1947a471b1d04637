import { createHash } from 'node:crypto';

import type { AuditRecord, ChainLink } from '../record';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of an entity's first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where an entity's chain ends: what the next record links to. */
export interface ChainHeadState {
  readonly seq: number;
  readonly hash: string;
  readonly lastEventId: string;
  readonly lastExpiresAt: number;
  /** The latest `expiresAt` the chain holds. */
  readonly expiresAt: number;
}

/**
 * SHA-256 (hex) of a record's canonical content: every field, the link's position, previous hash and
 * previous expiry included, the hash itself excluded. Changing any stored attribute changes it.
 * @example
 * hashOf(record) === record.chain?.hash; // true for an untouched record
 */
export const hashOf = (record: AuditRecord): string => {
  const { chain, ...content } = record;
  const { hash: _hash, ...link } = chain ?? ({} as Partial<ChainLink>);
  return createHash('sha256').update(canonicalJson({ ...content, chain: link })).digest('hex');
};

/**
 * The record as the next link after `head` (or as the first link), and the head that then ends the chain.
 * @example
 * const { record: linked, head: next } = linkAfter(record, currentHead);
 */
export const linkAfter = (record: AuditRecord, head: ChainHeadState | undefined): { record: AuditRecord; head: ChainHeadState } => {
  const unhashed: AuditRecord = {
    ...record,
    chain: {
      seq: (head?.seq ?? 0) + 1,
      prevHash: head?.hash ?? GENESIS_HASH,
      ...(head === undefined ? {} : { prevEventId: head.lastEventId, prevExpiresAt: head.expiresAt }),
      hash: '',
    },
  };
  const hash = hashOf(unhashed);
  const linked: AuditRecord = { ...unhashed, chain: { ...unhashed.chain!, hash } };
  return {
    record: linked,
    head: {
      seq: linked.chain!.seq,
      hash,
      lastEventId: record.eventId,
      lastExpiresAt: record.expiresAt,
      expiresAt: Math.max(head?.expiresAt ?? 0, record.expiresAt),
    },
  };
};
