import type { RegistryFileKind } from '@aircraftops/registry';
import { type CoreEntities, isConditionalCheckFailed, ROW_LEVEL_FIELD } from '@aircraftops/tables';
import type { Entity } from 'dynamodb-toolbox/entity';
import { BatchPutRequest } from 'dynamodb-toolbox/entity/actions/batchPut';
import { PutItemCommand } from 'dynamodb-toolbox/entity/actions/put';

import type { CoreDeltaWriter, DeltaResult, DeltaRow, RowRejection, WriteStamp } from '../../use-cases/ports';
import { batchGetExisting, type StoredKey } from './batch-get-existing';
import { batchWriteWithRetry, type PreparedPut } from './batch-write-with-retry';
import { mapWithConcurrency } from './map-with-concurrency';
import { backoff, DEFAULT_RETRY_POLICY, isRetryableError, type RetryPolicy } from './retry-policy';
import { toCoreItem } from './to-core-item';
import { WriteSlots } from './write-slots';

const BATCH_WRITE_LIMIT = 25;

/** Options of the DynamoDB delta writer. */
export interface DynamoCoreDeltaWriterOptions {
  /** BatchWriteItem / conditional puts in flight per `write` call; default 4. */
  readonly concurrency?: number;
  /**
   * BatchWriteItem / conditional puts in flight across every concurrent `write` call of this writer;
   * default unbounded (then `concurrency` × the caller's concurrent calls). Lets a runner keep more chunks
   * in flight — one reading its delta while others write — without more writes in flight.
   */
  readonly maxWritesInFlight?: number;
  readonly retry?: RetryPolicy;
}

type CoreWriteEntities = Pick<CoreEntities, 'Aircraft' | 'AircraftModel' | 'EngineModel' | 'Deregistration'>;

const entityOf = (entities: CoreWriteEntities, kind: RegistryFileKind): Entity =>
  ({ MASTER: entities.Aircraft, ACFTREF: entities.AircraftModel, ENGINE: entities.EngineModel, DEREG: entities.Deregistration })[kind];

interface Planned {
  readonly row: DeltaRow;
  /** The entity input, for the conditional put of a changed row. */
  readonly item: Record<string, unknown>;
  /** The parsed put (keys, index keys, timestamps): parsed once, sent as is if the row is new. */
  readonly put: PreparedPut;
}

/**
 * `CoreDeltaWriter` over CoreTable with dynamodb-toolbox. Per call: one projected BatchGet of the
 * existing items' `contentHash`/`version`/`createdAt`, then
 * - same hash → nothing is written (no stream record, no event);
 * - no item → BatchWriteItem put with `version: 1`, in batches of 25, `concurrency` in flight;
 * - different hash → a conditional PutItem on `version = <read version>` with `version + 1` and the
 *   original `createdAt`. Conditional, not batched: BatchWriteItem takes no condition, and an
 *   unconditional put would silently overwrite an operator's edit made through the API between our
 *   read and our write. Changed rows are a small share of a registry refresh, so the per-item cost is
 *   affordable; a lost race becomes a row error and the operator's version stays.
 *
 * Every item is stamped `updatedBy` = the job's actor, `correlationId` = the job's, `sourceJobId`.
 * An item the entity schema refuses becomes a row rejection; the rest of the batch is still written.
 * @example
 * const writer = new DynamoCoreDeltaWriter(createCoreEntities(tables.CoreTable));
 * await writer.write('MASTER', rows, { jobId, correlationId, actor: INGESTION_ACTOR });
 */
export class DynamoCoreDeltaWriter implements CoreDeltaWriter {
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly slots: WriteSlots;

  constructor(
    private readonly entities: CoreWriteEntities,
    options: DynamoCoreDeltaWriterOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.slots = new WriteSlots(options.maxWritesInFlight ?? Number.POSITIVE_INFINITY);
  }

  async write<K extends RegistryFileKind>(kind: K, rows: readonly DeltaRow<K>[], stamp: WriteStamp): Promise<DeltaResult> {
    if (rows.length === 0) return { written: 0, unchanged: 0, rejected: [] };
    const entity = entityOf(this.entities, kind);
    const rejected: RowRejection[] = [];
    const planned: Planned[] = [];
    for (const row of rows) {
      const item = {
        ...toCoreItem(kind, row.record),
        contentHash: row.hash,
        sourceJobId: stamp.jobId,
        updatedBy: stamp.actor,
        correlationId: stamp.correlationId,
        version: 1,
      };
      try {
        // Parsed (validated) now, so one bad item cannot fail its batch; the parsed item is what is sent.
        const put = new BatchPutRequest(entity, item as never).params() as PreparedPut;
        planned.push({ row, item, put });
      } catch (error) {
        rejected.push({ line: row.line, field: ROW_LEVEL_FIELD, reason: `refused by the ${entity.entityName} schema: ${(error as Error).message}` });
      }
    }
    const existing = await batchGetExisting(entity.table, planned.map(({ put }) => put.PutRequest.Item as StoredKey), this.retry);
    const fresh: PreparedPut[] = [];
    const changed: { planned: Planned; version: number; createdAt: string }[] = [];
    let unchanged = 0;
    planned.forEach((entry, index) => {
      const current = existing[index];
      if (current === undefined) fresh.push(entry.put);
      else if (current.contentHash === entry.row.hash) unchanged++;
      else changed.push({ planned: entry, version: current.version, createdAt: current.createdAt });
    });

    const batches: PreparedPut[][] = [];
    for (let start = 0; start < fresh.length; start += BATCH_WRITE_LIMIT) batches.push(fresh.slice(start, start + BATCH_WRITE_LIMIT));
    let written = fresh.length;
    await mapWithConcurrency(batches, this.concurrency, (batch) => this.slots.run(() => batchWriteWithRetry(entity.table, batch, this.retry)));
    const outcomes = await mapWithConcurrency(changed, this.concurrency, (change) => this.slots.run(() => this.putChanged(entity, change)));
    for (const [index, outcome] of outcomes.entries()) {
      const change = changed[index];
      if (outcome === 'written') written++;
      else if (change !== undefined) rejected.push({ line: change.planned.row.line, field: ROW_LEVEL_FIELD, reason: outcome });
    }
    return { written, unchanged, rejected };
  }

  private async putChanged(entity: Entity, change: { planned: Planned; version: number; createdAt: string }): Promise<'written' | string> {
    const item = { ...change.planned.item, version: change.version + 1, createdAt: change.createdAt };
    const put = entity
      .build(PutItemCommand)
      .item(item as never)
      .options({ condition: { attr: 'version', eq: change.version } as never });
    for (let attempt = 0; ; attempt++) {
      try {
        await put.send();
        return 'written';
      } catch (error) {
        if (isConditionalCheckFailed(error)) {
          return `changed concurrently (version ${change.version} was read, another write got there first): not overwritten`;
        }
        if (!isRetryableError(error) || attempt + 1 >= this.retry.maxAttempts) throw error;
        await backoff(this.retry, attempt + 1);
      }
    }
  }
}
