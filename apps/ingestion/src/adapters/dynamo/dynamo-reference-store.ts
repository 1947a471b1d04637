import type { CoreEntities } from '@aircraftops/tables';
import { BatchGetCommand, BatchGetRequest, executeBatchGet } from 'dynamodb-toolbox';

import type { ReferenceKind, ReferenceStore } from '../../use-cases/ports';

/**
 * `ReferenceStore` over CoreTable: which model / engine codes exist, 100 keys per projected BatchGet.
 * Caching is the caller's (the runner keeps what it learnt for the whole job).
 * @example
 * await new DynamoReferenceStore(coreEntities).existing('EngineModel', ['41514']);
 */
export class DynamoReferenceStore implements ReferenceStore {
  constructor(private readonly entities: Pick<CoreEntities, 'AircraftModel' | 'EngineModel'>) {}

  async existing(kind: ReferenceKind, codes: readonly string[]): Promise<Set<string>> {
    const entity = kind === 'AircraftModel' ? this.entities.AircraftModel : this.entities.EngineModel;
    const found = new Set<string>();
    const unique = [...new Set(codes)];
    for (let start = 0; start < unique.length; start += 100) {
      const chunk = unique.slice(start, start + 100);
      // UnprocessedKeys are retried by dynamodb-toolbox (bounded) — lookups are cheap and rare.
      const requests = chunk.map((code) => new BatchGetRequest(entity, { code }));
      const { Responses } = await executeBatchGet(
        { maxAttempts: 5 },
        entity.table.build(BatchGetCommand).requests(...(requests as unknown as [BatchGetRequest])).options({ attributes: ['code'] as never }),
      );
      for (const item of (Responses?.[0] ?? []) as ({ code?: string } | undefined)[]) if (item?.code) found.add(item.code);
    }
    return found;
  }
}
