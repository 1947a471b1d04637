import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDbConfig } from '@aircraftops/tables';

import { IngesterUnavailableError } from '../../errors';

/**
 * THE INGESTER CALL — the only place the benchmark depends on apps/ingestion.
 *
 * Runs the real ingestion use cases (`startJob` then `runJob`, wired in apps/ingestion/src/wiring.ts)
 * on a MASTER file against the given tables and returns the rows imported.
 *
 * @debt pending "apps/ingestion exports no job use cases or wiring yet (only its manifest and the
 * parser, unexported). Complete this function when `startJob`/`runJob` appear; until then it throws
 * IngesterUnavailableError and the suite reports the baseline alone."
 * @example
 * ```ts
 * const rows = await runIngester({ masterPath, documentClient, config, concurrency: 4 });
 * ```
 */
export const runIngester = async (_input: {
  readonly masterPath: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly config: DynamoDbConfig;
  readonly concurrency: number;
}): Promise<number> => {
  throw new IngesterUnavailableError(
    'the ingester entry point is not available: apps/ingestion does not export startJob/runJob (apps/ingestion/src/wiring.ts) yet',
  );
};
