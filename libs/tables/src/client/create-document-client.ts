import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
// A deep import: the table library needs only the function-scope runtime, not lambda-kit's middy stacks.
import { currentEnv, guardClient } from '@aircraftops/lambda-kit/src/runtime';

import { type DynamoDbConfig, type DynamoDbEndpoint, dynamoDbEndpointFromEnv } from './dynamodb-config';

type Env = Readonly<Record<string, string | undefined>>;
/** Where a client connects; a whole configuration is accepted (its table names are not the client's concern). */
type Where = DynamoDbEndpoint & { readonly tableNames?: DynamoDbConfig['tableNames'] };

/**
 * The low-level client for the configured endpoint, guarded (see `guardClient`: inside the local
 * runtime each request is checked against the calling function's declared access). DynamoDB Local
 * needs a signed request but accepts any credentials: with an endpoint, the environment's keys are used,
 * or fixed local ones — passed explicitly, because the SDK's own provider reads `process.env`, not the
 * current function's environment.
 * @example
 * const client = createDynamoDbClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:8000' });
 */
export const createDynamoDbClient = (where: Where = dynamoDbEndpointFromEnv(), env: Env = currentEnv()): DynamoDBClient =>
  guardClient(
    new DynamoDBClient({
      region: where.region,
      ...(where.endpoint
        ? {
            endpoint: where.endpoint,
            credentials: {
              accessKeyId: env['AWS_ACCESS_KEY_ID'] || 'local',
              secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] || 'local',
            },
          }
        : {}),
    }),
    'DynamoDB',
  );

/**
 * A new DocumentClient (guarded, like its base client). Works against DynamoDB Local and AWS alike: only
 * the configuration differs. The caller owns it (and may `destroy()` it).
 * @example
 * const documentClient = createDocumentClient(config);
 */
export const createDocumentClient = (where: Where = dynamoDbEndpointFromEnv(), env: Env = currentEnv()): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(createDynamoDbClient(where, env), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });

const shared = new Map<string, DynamoDBDocumentClient>();

/**
 * The process's DocumentClient for one region and endpoint, created at the first use and then reused
 * (a warm Lambda keeps its connections). Keyed by where it connects, never by who asked: the table
 * names and the access check are per request, so one client serves every function of a process.
 * Never destroy it.
 * @example
 * await documentClientFor().send(new GetCommand({ TableName: tableNameFromEnv('CoreTable'), Key }));
 */
export const documentClientFor = (where: Where = dynamoDbEndpointFromEnv()): DynamoDBDocumentClient => {
  const key = `${where.region}|${where.endpoint ?? ''}`;
  let client = shared.get(key);
  if (!client) {
    client = createDocumentClient(where);
    shared.set(key, client);
  }
  return client;
};
