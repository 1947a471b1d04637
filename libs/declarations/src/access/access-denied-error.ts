import type { PermissionRequest } from './permission-request';

/**
 * What AWS answers when IAM denies a call, in the SDK's shape (`name` `AccessDeniedException`, a 400
 * client fault) and with AWS's message, naming the principal, the action and the resource ARN.
 * @example
 * throw new AccessDeniedError({ action: 'dynamodb:PutItem', resource: arn }, 'audit-record-event', '123456789012');
 */
export class AccessDeniedError extends Error {
  override readonly name = 'AccessDeniedException';
  readonly $fault = 'client';
  readonly $metadata = { httpStatusCode: 400 };
  readonly __type = 'com.amazon.coral.service#AccessDeniedException';

  constructor(
    readonly request: PermissionRequest,
    readonly functionName: string,
    account: string,
  ) {
    const condition = request.context ? ` with ${Object.entries(request.context).map(([key, value]) => `${key}=${value}`).join(', ')}` : '';
    super(
      `User: arn:aws:sts::${account}:assumed-role/${functionName}-role/${functionName} is not authorized to perform: ${request.action} ` +
        `on resource: ${request.resource}${condition} because no identity-based policy allows the ${request.action} action`,
    );
  }
}
