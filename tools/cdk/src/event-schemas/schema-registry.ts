import { Stack } from 'aws-cdk-lib';
import { CfnRegistry, CfnRegistryPolicy, CfnSchema } from 'aws-cdk-lib/aws-eventschemas';
import { Construct } from 'constructs';

import { type RegistrySchema, SCHEMA_REGISTRY_NAME } from './registry-schemas';

/** Read-only schema actions AWS documents for a registry policy (no create, update or delete). */
export const SCHEMA_READER_ACTIONS: readonly string[] = [
  'schemas:DescribeRegistry',
  'schemas:ListSchemas',
  'schemas:SearchSchemas',
  'schemas:DescribeSchema',
  'schemas:ListSchemaVersions',
  'schemas:DescribeCodeBinding',
  'schemas:GetCodeBindingSource',
];

/** What the registry holds and who besides this account may read it. */
export interface EventSchemaRegistryProps {
  readonly schemas: readonly RegistrySchema[];
  /** Consumer accounts: read-only access to the registry and its schemas; none = no registry policy. */
  readonly readerAccounts: readonly string[];
}

/**
 * The EventBridge Schema Registry `aircraftops-events`: one `JSONSchemaDraft4` schema per contract and
 * version, so subscribers browse the catalog in the console or fetch a schema
 * to validate with. Each deploy that changes a schema's content adds a registry version of it.
 * @example
 * new EventSchemaRegistry(this, 'EventSchemas', { schemas: registrySchemasOf(eventCatalog), readerAccounts: [] });
 */
export class EventSchemaRegistry extends Construct {
  readonly registry: CfnRegistry;
  readonly schemas: readonly CfnSchema[];

  constructor(scope: Construct, id: string, props: EventSchemaRegistryProps) {
    super(scope, id);
    this.registry = new CfnRegistry(this, 'Registry', {
      registryName: SCHEMA_REGISTRY_NAME,
      description: 'AircraftOps domain events: one schema per detail-type and contract version (JSON Schema draft-04)',
    });
    this.schemas = props.schemas.map(
      (schema) =>
        new CfnSchema(this, schema.schemaName, {
          // The attribute, not the literal name: CloudFormation creates the registry first.
          registryName: this.registry.attrRegistryName,
          schemaName: schema.schemaName,
          type: 'JSONSchemaDraft4',
          content: schema.content,
          description: schema.description,
        }),
    );
    if (props.readerAccounts.length > 0) {
      const stack = Stack.of(this);
      const schemaArns = stack.formatArn({ service: 'schemas', resource: 'schema', resourceName: `${SCHEMA_REGISTRY_NAME}/*` });
      new CfnRegistryPolicy(this, 'ReaderPolicy', {
        registryName: this.registry.attrRegistryName,
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ConsumerAccountsReadSchemas',
              Effect: 'Allow',
              Principal: { AWS: props.readerAccounts.map((account) => stack.formatArn({ service: 'iam', region: '', account, resource: 'root' })) },
              Action: [...SCHEMA_READER_ACTIONS],
              Resource: [this.registry.attrRegistryArn, schemaArns],
            },
          ],
        },
      });
    }
  }
}
