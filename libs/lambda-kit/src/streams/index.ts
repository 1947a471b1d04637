export { dynamoDbStreamBatchHandler } from './dynamodb-stream-batch-handler';
export type { DynamoDbStreamLambdaHandler, DynamoDbStreamRecordHandler } from './dynamodb-stream-batch-handler';
export { RecordSkippedError } from './record-skipped-error';
