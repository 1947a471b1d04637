import type { AccessDeclaration } from './access-declaration';
import type { PolicyStatementData } from './policy-statement';
import { eventBusArn, indexArn, objectArn, type ResourceNames, tableArn } from './resource-names';

/**
 * The least-privilege IAM statements of a declared access: each table's actions on that table only,
 * `Query` on the declared indexes only, `PutEvents` on the platform bus only with the declared sources,
 * object actions under the declared prefix only. Never a `*` action or a `*` resource.
 * @example
 * policyStatementsOf({ tables: [{ table: 'CoreTable', actions: ['GetItem'] }] }, names);
 * // [{ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/CoreTable'] }]
 */
export const policyStatementsOf = (access: AccessDeclaration, names: ResourceNames): PolicyStatementData[] => {
  const statements: PolicyStatementData[] = [];
  for (const grant of access.tables ?? []) {
    if (grant.actions.length > 0) {
      statements.push({ actions: [...new Set(grant.actions)].map((action) => `dynamodb:${action}`), resources: [tableArn(names, grant.table)] });
    }
    if (grant.indexes?.length) {
      statements.push({ actions: ['dynamodb:Query'], resources: grant.indexes.map((index) => indexArn(names, grant.table, index)) });
    }
  }
  if (access.putEvents) {
    statements.push({
      actions: ['events:PutEvents'],
      resources: [eventBusArn(names, names.busName)],
      conditions: { StringEquals: { 'events:source': [...access.putEvents.sources] } },
    });
  }
  for (const grant of access.objects ?? []) {
    const resources = [objectArn(names, names.buckets[grant.bucket], `${grant.prefix}*`)];
    if (grant.read) statements.push({ actions: ['s3:GetObject'], resources });
    if (grant.write) statements.push({ actions: ['s3:PutObject'], resources });
  }
  return statements;
};
