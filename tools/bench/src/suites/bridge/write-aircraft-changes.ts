import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createEntities, createTables, type DynamoDbConfig } from '@aircraftops/tables';
import { BatchPutRequest, BatchWriteCommand, executeBatchWrite } from 'dynamodb-toolbox';

import { readMasterRecords, toAircraftInput } from '../../dataset';
import { mapConcurrent } from '../../support';

const BATCH_SIZE = 25;

/**
 * Writes every aircraft of a MASTER file as a new Aircraft item through dynamodb-toolbox BatchWrite
 * (25 per call, `concurrency` calls in flight) and records, per N-number, when its batch was sent
 * (the moment its `modifiedAt` is stamped, to within the batch's build time).
 * @returns write times (epoch ms) by N-number, and when the first batch was sent.
 * @example
 * ```ts
 * const { writtenAt, firstWriteAt } = await writeAircraftChanges({ masterPath, documentClient, config, concurrency: 4 });
 * ```
 */
export const writeAircraftChanges = async (input: {
  readonly masterPath: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly config: Pick<DynamoDbConfig, 'tableNames'>;
  readonly concurrency: number;
}): Promise<{ readonly writtenAt: Map<string, number>; readonly firstWriteAt: number | undefined }> => {
  const { Aircraft } = createEntities(createTables(input.documentClient, input.config));
  const correlationId = `bench-bridge-${Date.now()}`;
  const writtenAt = new Map<string, number>();
  let firstWriteAt: number | undefined;

  async function* batches(): AsyncGenerator<ReturnType<typeof toAircraftInput>[]> {
    let batch: ReturnType<typeof toAircraftInput>[] = [];
    for await (const record of readMasterRecords(input.masterPath)) {
      batch.push(toAircraftInput(record, correlationId));
      if (batch.length === BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  await mapConcurrent(batches(), input.concurrency, async (batch) => {
    const command = Aircraft.table.build(BatchWriteCommand).requests(...batch.map((item) => Aircraft.build(BatchPutRequest).item(item)));
    const sentAt = Date.now();
    firstWriteAt ??= sentAt;
    for (const item of batch) writtenAt.set(item.nNumber, sentAt);
    await executeBatchWrite({ maxAttempts: 5 }, command);
  });
  return { writtenAt, firstWriteAt };
};
