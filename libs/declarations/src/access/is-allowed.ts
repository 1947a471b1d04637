import type { PermissionRequest } from './permission-request';
import type { PolicyStatementData } from './policy-statement';

/** IAM's `*` and `?` wildcards in an action or resource pattern. */
const globMatches = (pattern: string, value: string): boolean => {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === value;
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
};

const conditionsHold = (statement: PolicyStatementData, request: PermissionRequest): boolean =>
  Object.entries(statement.conditions?.StringEquals ?? {}).every(([key, allowed]) => {
    const actual = request.context?.[key];
    return actual !== undefined && allowed.includes(actual);
  });

/**
 * Whether an identity policy made of `statements` allows `request` (IAM's evaluation for Allow
 * statements: action and resource match, every condition holds; anything not allowed is denied).
 * @example
 * isAllowed(policyStatementsOf(access, names), { action: 'dynamodb:PutItem', resource: tableArn(names, 'AuditEventsTable') });
 */
export const isAllowed = (statements: readonly PolicyStatementData[], request: PermissionRequest): boolean =>
  statements.some(
    (statement) =>
      statement.actions.some((action) => globMatches(action, request.action)) &&
      statement.resources.some((resource) => globMatches(resource, request.resource)) &&
      conditionsHold(statement, request),
  );
