export { type DynamoDbLocalJar, locateDynamoDbLocalJar } from './locate-jar';
