export { sqsBatchHandler } from './sqs-batch-handler';
export type { SqsLambdaHandler, SqsRecordHandler } from './sqs-batch-handler';
