import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type AnyEventContract, AircraftUpdated, contractSchemaPath, eventCatalog } from '@aircraftops/event-contracts';
import { Match } from 'aws-cdk-lib/assertions';

import type { Synthesized } from '../test-support/synthesize-for-test';
import { CONTRACT_SCHEMAS_DIR, registrySchemaName, registrySchemasOf, SCHEMA_REGISTRY_NAME } from './registry-schemas';
import { type JsonSchema, toDraft4 } from './to-draft4';

/** The Schema Registry in the platform template (run from templates.unit.test.ts). */
export const schemaRegistrySuite = (synthesized: Synthesized): void => {
  describe('platform stack: EventBridge Schema Registry', () => {
    const { template } = synthesized.byApp('stream-bridge');
    const registry = () => Object.keys(template.findResources('AWS::EventSchemas::Registry'))[0] as string;

    it('has one registry, aircraftops-events', () => {
      template.resourceCountIs('AWS::EventSchemas::Registry', 1);
      template.hasResourceProperties('AWS::EventSchemas::Registry', { RegistryName: SCHEMA_REGISTRY_NAME });
    });

    it.each(eventCatalog.map((contract) => [registrySchemaName(contract), contract] as const))(
      '%s: registered as JSONSchemaDraft4 with the draft-04 form of its committed JSON Schema',
      (name, contract) => {
        const committed = JSON.parse(readFileSync(path.join(CONTRACT_SCHEMAS_DIR, contractSchemaPath(contract)), 'utf8')) as JsonSchema;
        template.hasResourceProperties('AWS::EventSchemas::Schema', {
          RegistryName: { 'Fn::GetAtt': [registry(), 'RegistryName'] },
          SchemaName: name,
          Type: 'JSONSchemaDraft4',
          Content: JSON.stringify(toDraft4(committed)),
          Description: Match.stringLikeRegexp(`^${contract.detailType} v${contract.version} `),
        });
      },
    );

    it('registers nothing but the catalog: one schema per contract and version', () => {
      const names = Object.values(template.findResources('AWS::EventSchemas::Schema')).map((schema) => schema['Properties']['SchemaName'] as string);
      expect(names.sort()).toEqual(eventCatalog.map(registrySchemaName).sort());
    });

    it('names schemas <source>@<DetailType>.v<version> within the registry name limits', () => {
      expect(registrySchemaName(AircraftUpdated)).toBe('aircraftops.aircraft@AircraftUpdated.v1');
      for (const contract of eventCatalog) expect(registrySchemaName(contract)).toMatch(/^[A-Za-z0-9._@-]{1,385}$/);
    });

    it('fails the synth when a contract (or a new version of one) has no committed schema file', () => {
      const teleported = { ...AircraftUpdated, detailType: 'AircraftTeleported' } as AnyEventContract;
      const updatedV2 = { ...AircraftUpdated, version: 2 } as AnyEventContract;
      expect(() => registrySchemasOf([...eventCatalog, teleported, updatedV2])).toThrow(
        'No JSON Schema file for aircraftops.aircraft/AircraftTeleported.v1.json, aircraftops.aircraft/AircraftUpdated.v2.json in libs/event-contracts/schemas: run `npm run contracts:schemas`',
      );
    });
  });
};
