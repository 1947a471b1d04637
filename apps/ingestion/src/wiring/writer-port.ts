import { DynamoCoreDeltaWriter, type DynamoCoreDeltaWriterOptions } from '../adapters/dynamo/core-delta-writer.dynamo';
import type { CoreDeltaWriter } from '../use-cases/ports';
import { coreEntitiesOf } from './core-entities-of';
import type { Env } from './env-source';

/**
 * The CoreTable delta writer (see `coreEntitiesOf` for how it reads its configuration).
 * @example
 * await writerPort().write(rows);
 */
export const writerPort = (env?: Env, options?: DynamoCoreDeltaWriterOptions): CoreDeltaWriter => new DynamoCoreDeltaWriter(coreEntitiesOf(env), options);
