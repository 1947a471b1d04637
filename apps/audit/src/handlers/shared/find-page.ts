import { ValidationError } from '@aircraftops/lambda-kit';
import { type InvalidKeyError, isTablesError } from '@aircraftops/tables';

import type { AuditQuery, AuditTrailReader } from '../../domain';
import { type AuditEventView, toAuditEventView } from './audit-event-view';

/** One page of a query, as every audit route answers. */
export interface AuditPageResponse {
  readonly items: readonly AuditEventView[];
  readonly nextToken?: string;
}

/**
 * Runs an audit query for a route, newest first. An identifier the key builder refuses is reported on
 * the request's field: `fields` maps the key builder's field names, such as `entity.id`, to the
 * request's, such as `path.entityId` (a bad `nextToken` already names `query.nextToken`).
 * @example
 * return findPage(auditTrail, { kind: 'correlation', correlationId }, query, { correlationId: 'path.correlationId' });
 */
export const findPage = async (
  reader: AuditTrailReader,
  query: AuditQuery,
  page: { readonly limit: number; readonly nextToken?: string | undefined },
  fields: Readonly<Record<string, string>>,
): Promise<AuditPageResponse> => {
  try {
    const result = await reader.find(query, {
      limit: page.limit,
      ...(page.nextToken === undefined ? {} : { nextToken: page.nextToken }),
    });
    return { items: result.items.map(toAuditEventView), ...(result.nextToken === undefined ? {} : { nextToken: result.nextToken }) };
  } catch (error) {
    if (isTablesError(error, 'tables.invalidKey')) {
      const { field, reason } = error as InvalidKeyError;
      throw new ValidationError([{ field: fields[field] ?? field, message: reason }], { cause: error });
    }
    throw error;
  }
};
