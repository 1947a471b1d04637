import { type AuditEventEntityType, auditQueries } from '@aircraftops/tables';
import { QueryCommand } from 'dynamodb-toolbox/table/actions/query';

/**
 * How many audit records of the given detail-types occurred between `from` and `to` (inclusive), by COUNT
 * queries on GSI2's day buckets (one per detail-type and UTC day the window touches), every page followed.
 * @example
 * await countBetween(AuditEventEntity, ['AircraftUpdated'], hourAgo, now); // 12
 */
export const countBetween = async (entity: AuditEventEntityType, detailTypes: readonly string[], from: string, to: string): Promise<number> => {
  const days = [...new Set([from.slice(0, 10), to.slice(0, 10)])];
  const counts = await Promise.all(
    detailTypes.flatMap((detailType) =>
      days.map(async (day) => {
        let count = 0;
        let exclusiveStartKey: Record<string, unknown> | undefined;
        do {
          const page = await entity.table
            .build(QueryCommand)
            .entities(entity)
            .query(auditQueries.byTypeOnDay(detailType, day, { from, to }))
            .options({ select: 'COUNT', ...(exclusiveStartKey === undefined ? {} : { exclusiveStartKey }) })
            .send();
          count += page.Count ?? 0;
          exclusiveStartKey = page.LastEvaluatedKey;
        } while (exclusiveStartKey !== undefined);
        return count;
      }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
};
