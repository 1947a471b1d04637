import type { AccessCheck } from '@aircraftops/lambda-kit';

import { AccessDeniedError } from '../access/access-denied-error';
import { isAllowed } from '../access/is-allowed';
import { permissionsOfSdkRequest } from '../access/permissions-of-sdk-request';
import { policyStatementsOf } from '../access/policy-statements-of';
import type { ResourceNames } from '../access/resource-names';
import type { FunctionDeclaration } from '../function/function-declaration';

/**
 * The local stand-in for the function's IAM role: every SDK request is turned into the permissions IAM
 * would evaluate (`permissionsOfSdkRequest`) and checked against the statements the CDK generates from
 * the same declaration (`policyStatementsOf`). The first permission not allowed throws AWS's
 * `AccessDeniedException`, naming the action and the resource ARN.
 * @example
 * runInFunctionScope({ name: fn.name, env, checkAccess: accessCheckOf(fn, names) }, () => handler(event, context));
 */
export const accessCheckOf = (fn: FunctionDeclaration, names: ResourceNames): AccessCheck => {
  const statements = policyStatementsOf(fn.access, names);
  return (service, commandName, input) => {
    for (const request of permissionsOfSdkRequest(service, commandName, input, names)) {
      if (!isAllowed(statements, request)) throw new AccessDeniedError(request, fn.name, names.account);
    }
  };
};
