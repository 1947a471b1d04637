import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AircraftRecord } from '@aircraftops/registry';
import { createEntities, createTables, type DynamoDbConfig } from '@aircraftops/tables';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { BatchWriteCommand, execute as executeBatchWrite } from 'dynamodb-toolbox/table/actions/batchWrite';

import { readMasterRecords, toAircraftInput } from '../../dataset';
import { mapConcurrent } from '../../support';

/** Which rows of the file to write, and how. */
export interface WriteAircraftChangesInput {
  readonly masterPath: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly config: Pick<DynamoDbConfig, 'tableNames'>;
  /** Data rows to skip first (default 0) and how many to write. */
  readonly from?: number;
  readonly count: number;
  /** Items per BatchWrite call, 1–25. */
  readonly batchSize: number;
  readonly concurrency: number;
  /** Pause after each batch (a trickle rather than a bulk); default none. */
  readonly pauseMs?: number;
}

async function* rowsOf(masterPath: string, from: number, count: number): AsyncGenerator<AircraftRecord> {
  let index = 0;
  for await (const record of readMasterRecords(masterPath)) {
    if (index >= from + count) return;
    if (index++ >= from) yield record;
  }
}

/**
 * Writes aircraft of a MASTER file as new Aircraft items through dynamodb-toolbox BatchWrite and
 * records, per N-number, when its batch was sent (the moment its `modifiedAt` is stamped, to within
 * the batch's build time).
 * @returns write times (epoch ms) by N-number, and when the first and last batches were sent.
 * @example
 * ```ts
 * const { writtenAt } = await writeAircraftChanges({ masterPath, documentClient, config, count: 10_000, batchSize: 25, concurrency: 8 });
 * ```
 */
export const writeAircraftChanges = async (
  input: WriteAircraftChangesInput,
): Promise<{ readonly writtenAt: Map<string, number>; readonly firstWriteAt: number | undefined; readonly doneAt: number }> => {
  const { Aircraft } = createEntities(createTables(input.documentClient, input.config));
  const correlationId = `bench-bridge-${Date.now()}`;
  const writtenAt = new Map<string, number>();
  let firstWriteAt: number | undefined;

  async function* batches(): AsyncGenerator<ReturnType<typeof toAircraftInput>[]> {
    let batch: ReturnType<typeof toAircraftInput>[] = [];
    for await (const record of rowsOf(input.masterPath, input.from ?? 0, input.count)) {
      batch.push(toAircraftInput(record, correlationId));
      if (batch.length === input.batchSize) {
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
    if (input.pauseMs) await new Promise((resolve) => setTimeout(resolve, input.pauseMs));
  });
  return { writtenAt, firstWriteAt, doneAt: Date.now() };
};
