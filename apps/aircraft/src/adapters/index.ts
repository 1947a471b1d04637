export { createDynamoDbAircraftImageRepository } from './dynamodb-aircraft-image-repository';
export { createDynamoDbAircraftRepository } from './dynamodb-aircraft-repository';
export { createDynamoDbReferenceDataRepository } from './dynamodb-reference-data-repository';
