import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createEntities, createTables, type DynamoDbConfig } from '@aircraftops/tables';
import { PutItemCommand } from 'dynamodb-toolbox/entity/actions/put';

import { readMasterRecords, toAircraftInput } from '../../dataset';
import { mapConcurrent } from '../../support';

/** BatchWriteItem's limit. */
const BATCH_SIZE = 25;

async function* inBatches<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

const writeBatch = async (documentClient: DynamoDBDocumentClient, tableName: string, items: Record<string, unknown>[]): Promise<void> => {
  let requests = items.map((Item) => ({ PutRequest: { Item } }));
  // DynamoDB Local never returns UnprocessedItems, but a loop that ignored them would not be a fair baseline.
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
    const { UnprocessedItems } = await documentClient.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
    requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
  }
};

/**
 * The baseline: MASTER rows decoded as the ingester decodes them, turned into the exact Aircraft items
 * (keys, index keys, `_et`, timestamps, version stamps) by the entity, and written with plain
 * BatchWriteItem calls of 25, `concurrency` in flight. No job, no checkpoints, no row errors, no dedup.
 * @returns rows written.
 * @example
 * ```ts
 * const rows = await rawBatchWriteLoop({ masterPath, documentClient, config, concurrency: 4 });
 * ```
 */
export const rawBatchWriteLoop = async (input: {
  readonly masterPath: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly config: Pick<DynamoDbConfig, 'tableNames'>;
  readonly concurrency: number;
}): Promise<number> => {
  const { Aircraft } = createEntities(createTables(input.documentClient, input.config));
  const tableName = input.config.tableNames.CoreTable;
  const correlationId = `bench-baseline-${Date.now()}`;
  async function* items(): AsyncGenerator<Record<string, unknown>> {
    for await (const record of readMasterRecords(input.masterPath)) {
      yield Aircraft.build(PutItemCommand).item(toAircraftInput(record, correlationId)).params().Item as Record<string, unknown>;
    }
  }
  let rows = 0;
  await mapConcurrent(inBatches(items(), BATCH_SIZE), input.concurrency, async (batch) => {
    await writeBatch(input.documentClient, tableName, batch);
    rows += batch.length;
  });
  return rows;
};
