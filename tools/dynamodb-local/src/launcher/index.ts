export { buildJavaArgs } from './build-java-args';
export type { DynamoDbLocal, StartDynamoDbLocalOptions } from './dynamodb-local';
export { startDynamoDbLocal } from './start-dynamodb-local';
export { LOCAL_CREDENTIALS } from './wait-until-ready';
