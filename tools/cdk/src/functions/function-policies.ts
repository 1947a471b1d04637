import { type AccessDeclaration, type FunctionDeclaration, type PolicyStatementData, READ_ACTIONS, type ResourceNames, policyStatementsOf } from '@aircraftops/declarations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

/**
 * Turns derived statement data into an IAM statement (one to one: nothing merged, nothing widened).
 * @example
 * toPolicyStatement({ actions: ['dynamodb:GetItem'], resources: [arn] }).toStatementJson();
 */
export const toPolicyStatement = (data: PolicyStatementData): PolicyStatement =>
  new PolicyStatement({
    actions: [...data.actions],
    resources: [...data.resources],
    ...(data.conditions ? { conditions: { StringEquals: Object.fromEntries(Object.entries(data.conditions.StringEquals).map(([key, values]) => [key, [...values]])) } } : {}),
  });

/**
 * The IAM statements of a function's declared access: exactly `policyStatementsOf`, nothing else.
 * @example
 * declaredStatements(fn.access, platform.names).forEach((statement) => policy.addStatements(statement));
 */
export const declaredStatements = (access: AccessDeclaration, names: ResourceNames): PolicyStatement[] =>
  policyStatementsOf(access, names).map(toPolicyStatement);

const writesData = (access: AccessDeclaration): boolean =>
  (access.tables ?? []).some((grant) => grant.actions.some((action) => !READ_ACTIONS.includes(action))) ||
  (access.objects ?? []).some((grant) => grant.write === true);

/**
 * The KMS actions a function needs on the platform's customer-managed key: none unless it touches a
 * resource that key encrypts (a table, a table's stream, the dataset bucket); decrypt to read, and
 * encrypt and data-key generation only when it writes.
 * @example
 * dataKeyActionsOf(fn); // ['kms:Decrypt'] for a reader, [] for a publisher that touches no table
 */
export const dataKeyActionsOf = (fn: FunctionDeclaration): string[] => {
  const touchesEncrypted = (fn.access.tables?.length ?? 0) > 0 || (fn.access.objects?.length ?? 0) > 0 || fn.trigger.kind === 'stream';
  if (!touchesEncrypted) return [];
  return writesData(fn.access) ? ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt'];
};
