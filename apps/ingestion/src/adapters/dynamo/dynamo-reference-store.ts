import type { CoreEntities } from '@aircraftops/tables';
import { BatchGetRequest } from 'dynamodb-toolbox/entity/actions/batchGet';
import { BatchGetCommand, execute as executeBatchGet } from 'dynamodb-toolbox/table/actions/batchGet';

import type { ReferenceCodes, ReferenceKind, ReferenceStore } from '../../use-cases/ports';

const KINDS: readonly ReferenceKind[] = ['AircraftModel', 'EngineModel'];

/**
 * `ReferenceStore` over CoreTable: which model / engine codes exist, both kinds mixed in projected
 * BatchGets of 100 keys (one round trip for a chunk's new models and engines).
 * Caching is the caller's (the runner keeps what it learnt for the whole job).
 * @example
 * const found = await new DynamoReferenceStore(coreEntities).existing({ EngineModel: ['41514'] });
 */
export class DynamoReferenceStore implements ReferenceStore {
  constructor(private readonly entities: Pick<CoreEntities, 'AircraftModel' | 'EngineModel'>) {}

  async existing(codes: Partial<ReferenceCodes>): Promise<ReferenceCodes<Set<string>>> {
    const found: ReferenceCodes<Set<string>> = { AircraftModel: new Set(), EngineModel: new Set() };
    const wanted = KINDS.flatMap((kind) => [...new Set(codes[kind] ?? [])].map((code) => ({ kind, code })));
    for (let start = 0; start < wanted.length; start += 100) {
      const chunk = wanted.slice(start, start + 100);
      // UnprocessedKeys are retried by dynamodb-toolbox (bounded) — lookups are cheap and rare.
      const requests = chunk.map(({ kind, code }) => new BatchGetRequest(this.entities[kind], { code }));
      const { Responses } = await executeBatchGet(
        { maxAttempts: 5 },
        this.entities.AircraftModel.table
          .build(BatchGetCommand)
          .requests(...(requests as unknown as [BatchGetRequest]))
          .options({ attributes: ['code'] as never }),
      );
      // One answer per request, in request order (`undefined` where the item does not exist).
      const answers = (Responses?.[0] ?? []) as ({ code?: string } | undefined)[];
      for (const [index, { kind, code }] of chunk.entries()) if (answers[index]?.code === code) found[kind].add(code);
    }
    return found;
  }
}
