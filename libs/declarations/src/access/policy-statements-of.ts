import type { AccessDeclaration } from './access-declaration';
import type { PolicyStatementData } from './policy-statement';
import { deliveryStreamArn, eventBusArn, indexArn, objectArn, type ResourceNames, tableArn } from './resource-names';

/**
 * The least-privilege IAM statements of a declared access: each table's actions on that table only,
 * `Query` on the declared indexes only, `PutEvents` on the platform bus only with the declared sources,
 * object actions under the declared prefix only, `PutRecordBatch`/`PutRecord` on the declared delivery streams only. Never a `*` action or a `*` resource.
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
  const streams = [...new Set((access.firehose ?? []).map((grant) => grant.stream))];
  if (streams.length > 0) {
    // PutRecord too: a single-record put is the same permission in effect, and an SDK helper may use either.
    statements.push({ actions: ['firehose:PutRecordBatch', 'firehose:PutRecord'], resources: streams.map((stream) => deliveryStreamArn(names, stream)) });
  }
  return statements;
};
