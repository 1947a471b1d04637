import type { DynamoDBStreamEvent } from 'aws-lambda';

import { httpHandler } from '../http/http-handler';
import { createLogger } from '../logger';
import { scheduledHandler } from '../schedule/scheduled-handler';
import { sqsBatchHandler } from '../sqs/sqs-batch-handler';
import { dynamoDbStreamBatchHandler } from '../streams/dynamodb-stream-batch-handler';
import { buildDynamoDbStreamEvent } from '../testing/build-dynamodb-stream-event';
import { buildHttpEvent } from '../testing/build-http-event';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { buildSqsEvent } from '../testing/build-sqs-event';

const logger = createLogger('lambda-kit-test', { level: 'INFO' });
const operator = { sub: 'alice', 'cognito:groups': '[operator]' };

/** The JSON lines the logger wrote during `act`, captured instead of printed. */
const linesOf = async (act: () => Promise<unknown>): Promise<Record<string, unknown>[]> => {
  const written: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    write.mockRestore();
  }
  return written.flatMap((chunk) => chunk.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>));
};

/** What the function body logs: its line must carry the Lambda context and the correlation id. */
const seen = () => {
  logger.info('inside');
  return { correlationId: logger.getCorrelationId() };
};
const inside = (lines: Record<string, unknown>[]) =>
  lines.filter((line) => line['message'] === 'inside').map((line) => ({ correlationId: line['correlation_id'], functionName: line['function_name'] }));

describe('every stack injects the Lambda context and the correlation id into the logger', () => {
  it('HTTP: the caller’s x-correlation-id, else the Lambda request id', async () => {
    const handler = httpHandler({ role: 'operator', logger }, async () => seen());
    const context = buildLambdaContext();

    const lines = await linesOf(async () => {
      await handler(buildHttpEvent({ claims: operator, headers: { 'x-correlation-id': 'req-7' } }), buildLambdaContext());
      await handler(buildHttpEvent({ claims: operator }), context);
    });

    expect(inside(lines)).toEqual([
      { correlationId: 'req-7', functionName: 'test-function' },
      { correlationId: context.awsRequestId, functionName: 'test-function' },
    ]);
  });

  it('SQS: the event’s detail.metadata.correlationId for a one-message batch', async () => {
    const handler = sqsBatchHandler(async () => seen(), { logger });

    const lines = await linesOf(() => handler(buildSqsEvent([{ detail: { metadata: { correlationId: 'corr-9' } } }]), buildLambdaContext()));

    expect(inside(lines)).toEqual([{ correlationId: 'corr-9', functionName: 'test-function' }]);
  });

  it('stream: each record’s correlationId attribute while it is processed', async () => {
    const handler = dynamoDbStreamBatchHandler(async () => seen(), { logger });
    const event: DynamoDBStreamEvent = buildDynamoDbStreamEvent([
      { eventName: 'INSERT', newImage: { pk: { S: 'a' }, correlationId: { S: 'corr-a' } } },
      { eventName: 'INSERT', newImage: { pk: { S: 'b' }, correlationId: { S: 'corr-b' } } },
    ]);

    const lines = await linesOf(() => handler(event, buildLambdaContext()));

    expect(inside(lines)).toEqual([
      { correlationId: 'corr-a', functionName: 'test-function' },
      { correlationId: 'corr-b', functionName: 'test-function' },
    ]);
  });

  it('schedule: the scheduled event’s id, else the Lambda request id', async () => {
    let input: string | undefined;
    const handler = scheduledHandler(async ({ correlationId }) => {
      input = correlationId;
      return seen();
    }, { logger });

    const lines = await linesOf(() => handler({ id: 'evt-1', time: '2025-06-01T02:00:00Z' }, buildLambdaContext()));

    expect(inside(lines)).toEqual([{ correlationId: 'evt-1', functionName: 'test-function' }]);
    expect(input).toBe('evt-1');
  });
});
