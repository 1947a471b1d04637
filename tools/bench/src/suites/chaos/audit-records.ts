import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';

/** What the bench needs of one stored audit record. */
export interface AuditRecordSummary {
  readonly eventId: string;
  readonly detailType: string;
  readonly entityId: string;
  /** Epoch ms the recorder stored it (`recordedAt`). */
  readonly recordedAt: number;
}

interface ScannedItem {
  readonly eventId?: unknown;
  readonly detailType?: unknown;
  readonly entity?: { readonly id?: unknown };
  readonly recordedAt?: unknown;
}

/**
 * Every audit record in the table (chain heads and other entities skipped), read with a consistent
 * Scan: the bench counts records itself rather than trusting any consumer's own tally.
 * @example
 * ```ts
 * const records = await scanAuditRecords(documentClient, 'AuditEventsTable');
 * ```
 */
export const scanAuditRecords = async (documentClient: DynamoDBDocumentClient, tableName: string): Promise<AuditRecordSummary[]> => {
  const records: AuditRecordSummary[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new ScanCommand({
        TableName: tableName,
        ExclusiveStartKey,
        ConsistentRead: true,
        ProjectionExpression: '#eventId, #detailType, #entity, #recordedAt',
        ExpressionAttributeNames: { '#eventId': 'eventId', '#detailType': 'detailType', '#entity': 'entity', '#recordedAt': 'recordedAt' },
      }),
    );
    for (const item of (page.Items ?? []) as ScannedItem[]) {
      const { eventId, detailType, entity, recordedAt } = item;
      if (typeof eventId !== 'string' || typeof detailType !== 'string' || typeof entity?.id !== 'string' || typeof recordedAt !== 'string') continue;
      records.push({ eventId, detailType, entityId: entity.id, recordedAt: Date.parse(recordedAt) });
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return records;
};
