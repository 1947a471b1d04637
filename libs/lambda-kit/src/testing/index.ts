export { buildDynamoDbStreamEvent } from './build-dynamodb-stream-event';
export type { BuildStreamRecordInput } from './build-dynamodb-stream-event';
export { buildHttpEvent } from './build-http-event';
export type { BuildHttpEventInput } from './build-http-event';
export { buildLambdaContext } from './build-lambda-context';
export { buildSqsEvent } from './build-sqs-event';
