import { DynamoReferenceStore } from '../adapters/dynamo/dynamo-reference-store';
import type { ReferenceStore } from '../use-cases/ports';
import { coreEntitiesOf } from './core-entities-of';
import type { Env } from './env-source';

/**
 * The reference-data look-ups on CoreTable (see `coreEntitiesOf` for how it reads its configuration).
 * @example
 * const references = referencesPort();
 */
export const referencesPort = (env?: Env): ReferenceStore => new DynamoReferenceStore(coreEntitiesOf(env));
