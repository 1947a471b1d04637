import * as z from 'zod/mini';

import type { AnyEventContract } from '../event-contract';

type JsonSchema = Record<string, unknown>;

/** Where a contract's schema file lives, relative to the schemas folder: `<source>/<DetailType>.v<version>.json`. */
export const contractSchemaPath = (contract: Pick<AnyEventContract, 'source' | 'detailType' | 'version'>): string =>
  `${contract.source}/${contract.detailType}.v${contract.version}.json`;

/**
 * The JSON Schema (draft 2020-12) of the whole EventBridge event a subscriber receives for a contract:
 * the envelope with `source` and `detail-type` fixed, and `detail` as the contract defines it. Objects
 * stay open (no `additionalProperties: false`): contracts grow additively, and a subscriber validating
 * with an older schema must keep accepting newer events.
 * @example
 * writeFileSync(`schemas/${contractSchemaPath(AircraftUpdated)}`, JSON.stringify(contractJsonSchema(AircraftUpdated), null, 2));
 */
export const contractJsonSchema = (contract: AnyEventContract): JsonSchema => {
  const { $schema: _ignored, ...detail } = z.toJSONSchema(contract.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://aircraftops.dev/schemas/events/${contractSchemaPath(contract)}`,
    title: `${contract.detailType} v${contract.version}`,
    description: contract.description,
    type: 'object',
    properties: {
      version: { type: 'string' },
      id: { type: 'string' },
      source: { type: 'string', const: contract.source },
      'detail-type': { type: 'string', const: contract.detailType },
      account: { type: 'string' },
      time: { type: 'string', format: 'date-time' },
      region: { type: 'string' },
      resources: { type: 'array', items: { type: 'string' } },
      detail,
    },
    required: ['source', 'detail-type', 'detail'],
  };
};
