import type { Context } from 'aws-lambda';

/**
 * A Lambda context for handler tests, with a fresh request id per call.
 *
 * @example
 * await handler(buildHttpEvent(), buildLambdaContext());
 */
export const buildLambdaContext = (overrides: Partial<Context> = {}): Context => ({
  callbackWaitsForEmptyEventLoop: false,
  functionName: 'test-function',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:test-function',
  memoryLimitInMB: '256',
  awsRequestId: `req-${Math.random().toString(36).slice(2, 10)}`,
  logGroupName: '/aws/lambda/test-function',
  logStreamName: 'test',
  getRemainingTimeInMillis: () => 30_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
  ...overrides,
});
