import { type ChainVerification, verifyChain } from '../chain';
import type { EntityChainReader } from '../ports';

/** What verifying needs from outside. */
export interface VerifyEntityTrailPorts {
  readonly chains: EntityChainReader;
  readonly now: () => Date;
}

/** The verdict, naming the entity. */
export type EntityTrailVerification = ChainVerification & { readonly entity: { readonly type: string; readonly id: string } };

/**
 * Verifies the hash chain of one entity's audit trail: `intact`, or `tampered` with the first record
 * that was altered, removed or inserted and why. Records removed by retention are listed as expired.
 * @example
 * const { status, firstProblem } = await verifyEntityTrail('Aircraft', 'N12345', { chains: auditTrail, now: () => new Date() });
 */
export const verifyEntityTrail = async (entityType: string, entityId: string, ports: VerifyEntityTrailPorts): Promise<EntityTrailVerification> => {
  const { records, head } = await ports.chains.readChain(entityType, entityId);
  return { entity: { type: entityType, id: entityId }, ...verifyChain(records, head, Math.floor(ports.now().getTime() / 1000)) };
};
