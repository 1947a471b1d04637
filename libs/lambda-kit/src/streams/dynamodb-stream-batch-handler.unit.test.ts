import type { DynamoDBRecord } from 'aws-lambda';

import { createLogger } from '../logger';
import { buildDynamoDbStreamEvent } from '../testing/build-dynamodb-stream-event';
import { buildLambdaContext } from '../testing/build-lambda-context';
import { dynamoDbStreamBatchHandler } from './dynamodb-stream-batch-handler';

const logger = createLogger('lambda-kit-test', { level: 'SILENT' });
const fourChanges = () => buildDynamoDbStreamEvent([{}, {}, {}, {}]);
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber as string;

describe('dynamoDbStreamBatchHandler', () => {
  it('processes records one at a time in stream order', async () => {
    const seen: string[] = [];
    let running = 0;
    const handler = dynamoDbStreamBatchHandler(async (record) => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen.push(sequenceOf(record));
      running--;
    }, { logger });
    const event = fourChanges();

    const response = await handler(event, buildLambdaContext());

    expect(response).toEqual({ batchItemFailures: [] });
    expect(seen).toEqual(event.Records.map(sequenceOf));
  });

  it('stops at the first failure and reports it and every later record, by sequence number', async () => {
    const seen: string[] = [];
    const event = fourChanges();
    const failing = sequenceOf(event.Records[1] as DynamoDBRecord);
    const handler = dynamoDbStreamBatchHandler(async (record) => {
      if (sequenceOf(record) === failing) throw new Error('PutEvents failed');
      seen.push(sequenceOf(record));
    }, { logger });

    const response = await handler(event, buildLambdaContext());

    expect(seen).toEqual([sequenceOf(event.Records[0] as DynamoDBRecord)]);
    expect(response.batchItemFailures).toEqual(event.Records.slice(1).map((record) => ({ itemIdentifier: sequenceOf(record) })));
  });

  it('throws when the first record fails, so the whole batch is retried (and bisected)', async () => {
    const handler = dynamoDbStreamBatchHandler(async () => {
      throw new Error('bus unavailable');
    }, { logger });

    await expect(handler(fourChanges(), buildLambdaContext())).rejects.toThrow(/All records failed processing/);
  });

  it('refuses a batch with a record it could not report, before processing anything', async () => {
    const processed = jest.fn();
    const handler = dynamoDbStreamBatchHandler(processed, { logger });
    const event = fourChanges();
    delete (event.Records[2] as DynamoDBRecord).dynamodb?.SequenceNumber;

    await expect(handler(event, buildLambdaContext())).rejects.toThrow('Stream record 2 (eventID event-2) has no dynamodb.SequenceNumber');
    expect(processed).not.toHaveBeenCalled();
  });
});
