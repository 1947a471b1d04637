import { auditQueries } from '@aircraftops/tables';

import type { AuditQuery } from '../domain';
import type { KeyQuery } from './key-query';

/**
 * The key condition of an access pattern, built only by the table library (which validates and
 * escapes every identifier that reaches a key).
 * @throws InvalidKeyError (from @aircraftops/tables) for an identifier that cannot be part of a key.
 * @example
 * keyQueryFor({ kind: 'correlation', correlationId: 'req-1' }); // { index: 'GSI3', partition: 'CORRELATION#req-1' }
 */
export const keyQueryFor = (query: AuditQuery): KeyQuery => {
  switch (query.kind) {
    case 'entity':
      return auditQueries.trailOfEntity(query.entityType, query.entityId);
    case 'actor':
      return auditQueries.byActor(query.actorType, query.actorId, boundsOf(query));
    case 'typeInRange':
      // The newest day bucket; `findTypeInRange` walks the others.
      return auditQueries.byTypeOnDay(query.detailType, query.to.slice(0, 10), boundsOf(query));
    case 'correlation':
      return auditQueries.byCorrelation(query.correlationId);
  }
};

const boundsOf = ({ from, to }: { readonly from?: string; readonly to?: string }) => ({
  ...(from === undefined ? {} : { from }),
  ...(to === undefined ? {} : { to }),
});
