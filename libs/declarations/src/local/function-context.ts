import { randomUUID } from 'node:crypto';

import type { Context } from 'aws-lambda';

import type { ResourceNames } from '../access/resource-names';
import type { FunctionDeclaration } from '../function/function-declaration';

/**
 * The Lambda `Context` of one invocation of a declared function: its name and ARN in the given region
 * and account, its declared memory, and `getRemainingTimeInMillis` counting down its declared timeout.
 * @example
 * const context = functionContext(fn, localResourceNames({ region: 'us-east-1' }));
 * context.invokedFunctionArn; // 'arn:aws:lambda:us-east-1:123456789012:function:audit-record-event'
 */
export const functionContext = (fn: FunctionDeclaration, where: Pick<ResourceNames, 'partition' | 'region' | 'account'>, startedAt = Date.now()): Context => {
  const deadline = startedAt + fn.timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: fn.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:${where.partition}:lambda:${where.region}:${where.account}:function:${fn.name}`,
    memoryLimitInMB: String(fn.memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${fn.name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};
