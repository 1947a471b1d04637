import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { type AnyEventContract, contractSchemaPath } from '@aircraftops/event-contracts';

import { WORKSPACE_ROOT } from '../config/workspace-root';
import { type JsonSchema, toDraft4 } from './to-draft4';

/** Where `npm run contracts:schemas` writes the committed JSON Schema of every contract. */
export const CONTRACT_SCHEMAS_DIR = path.join(WORKSPACE_ROOT, 'libs/event-contracts/schemas');

/** The registry every contract's schema is published in. */
export const SCHEMA_REGISTRY_NAME = 'aircraftops-events';

/** One schema of the registry: what `AWS::EventSchemas::Schema` gets. */
export interface RegistrySchema {
  readonly schemaName: string;
  readonly description: string;
  /** Draft-04 JSON, minified (the registry stores it as a string; the template stays small). */
  readonly content: string;
  /** The committed file it was read from, relative to the schemas folder. */
  readonly file: string;
}

/**
 * A contract's schema name: AWS's own convention `<source>@<DetailType>` (`aws.ec2@EC2InstanceStateChangeNotification`)
 * plus the contract version, because a breaking change publishes `v2` beside `v1` and both stay in the
 * registry. The registry's own version numbers then count the additive revisions of one contract version.
 * @example
 * registrySchemaName(AircraftUpdated); // 'aircraftops.aircraft@AircraftUpdated.v1'
 */
export const registrySchemaName = (contract: Pick<AnyEventContract, 'source' | 'detailType' | 'version'>): string =>
  `${contract.source}@${contract.detailType}.v${contract.version}`;

/**
 * The registry schema of every contract, read from the committed JSON Schema files (the same files the
 * contracts package publishes and `npm run contracts:check` guards) and converted to draft-04.
 * @throws Error naming every contract that has no schema file (run `npm run contracts:schemas`).
 * @example
 * const schemas = registrySchemasOf(eventCatalog); // one per contract
 */
export const registrySchemasOf = (contracts: readonly AnyEventContract[], schemasDir: string = CONTRACT_SCHEMAS_DIR): RegistrySchema[] => {
  const missing = contracts.map(contractSchemaPath).filter((file) => !existsSync(path.join(schemasDir, file)));
  if (missing.length > 0) {
    throw new Error(`No JSON Schema file for ${missing.join(', ')} in ${path.relative(WORKSPACE_ROOT, schemasDir)}: run \`npm run contracts:schemas\` and commit the files`);
  }
  return contracts.map((contract) => {
    const file = contractSchemaPath(contract);
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8')) as JsonSchema;
    return {
      schemaName: registrySchemaName(contract),
      // Short and fixed: the contract's own description is in the schema's `description`.
      description: `${contract.detailType} v${contract.version} on the aircraftops bus (source ${contract.source})`,
      content: JSON.stringify(toDraft4(schema)),
      file,
    };
  });
};
