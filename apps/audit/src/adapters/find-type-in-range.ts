import { type AuditEventEntityType, type AuditEvent, auditQueries } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

import type { AuditRecord, Page, PageRequest } from '../domain';
import { itemToRecord } from './record-to-item';
import { decodeTypeRangeCursor, encodeTypeRangeCursor, type TypeRange, type TypeRangeCursor } from './type-range-cursor';

const DAY_MS = 86_400_000;
const previousDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00.000Z`) - DAY_MS).toISOString().slice(0, 10);

/**
 * One page of a detail-type's events over several UTC days, newest first: the day buckets of GSI2 from the
 * newest day of the range back to the oldest, each queried within the time bounds, until the page is full.
 * The cursor names the day bucket and the position in it, so a page can end mid-day or between days.
 * @param nowSeconds expired records (`expires_at` passed) are left out.
 * @example
 * const page = await findTypeInRange(AuditEventEntity, { detailType, from, to }, { limit: 25 }, nowSeconds);
 */
export const findTypeInRange = async (entity: AuditEventEntityType, range: TypeRange, page: PageRequest, nowSeconds: number): Promise<Page<AuditRecord>> => {
  const firstDay = range.from.slice(0, 10);
  let cursor: TypeRangeCursor | undefined =
    page.nextToken === undefined ? { day: range.to.slice(0, 10) } : decodeTypeRangeCursor(page.nextToken, range);
  const items: AuditRecord[] = [];
  while (cursor !== undefined && items.length < page.limit) {
    const { Items, LastEvaluatedKey } = await entity.table
      .build(QueryCommand)
      .entities(entity)
      .query(auditQueries.byTypeOnDay(range.detailType, cursor.day, { from: range.from, to: range.to }))
      .options({
        reverse: true,
        limit: page.limit - items.length,
        filters: { AuditEvent: { attr: 'expires_at', gt: nowSeconds } },
        ...(cursor.key === undefined ? {} : { exclusiveStartKey: cursor.key }),
      })
      .send();
    items.push(...((Items ?? []) as AuditEvent[]).map(itemToRecord));
    cursor =
      LastEvaluatedKey !== undefined
        ? { day: cursor.day, key: LastEvaluatedKey as Record<string, string> }
        : cursor.day > firstDay
          ? { day: previousDay(cursor.day) }
          : undefined;
  }
  return { items, ...(cursor === undefined ? {} : { nextToken: encodeTypeRangeCursor(cursor) }) };
};
