import { randomUUID } from 'node:crypto';

import { declaredFunctionOf, localEnvironmentFrom, localFunction, localResourceNames } from '@aircraftops/declarations';
import {
  buildHttpEvent,
  type BuildHttpEventInput,
  buildLambdaContext,
  type HttpLambdaHandler,
  type Role,
} from '@aircraftops/lambda-kit';
import { icaoAddressFromNNumber } from '@aircraftops/registry';
import {
  type AircraftEntityType,
  createDocumentClient,
  createEntities,
  createItem,
  type CreateItemInput,
  createTables,
  dynamoDbConfigFromEnv,
  isTablesError,
  type WriteContext,
} from '@aircraftops/tables';

import { manifest } from '../manifest';

/** Claims API Gateway's JWT authorizer passes for a user in one platform group. */
export const claimsFor = (role: Role) => ({ sub: `${role}-user`, 'cognito:groups': `[${role}]` });

export interface CallInput extends Omit<BuildHttpEventInput, 'claims'> {
  /** The caller's role; `null` for a request without a token. Defaults to viewer. */
  readonly as?: Role | null;
  readonly claims?: BuildHttpEventInput['claims'];
}

/**
 * A declared handler runs as the local runtime runs it (its declared environment and access, enforced:
 * a missing permission fails the test with AccessDeniedException); a handler built with fakes runs as is.
 */
const invokerOf = (handler: HttpLambdaHandler): ((event: unknown) => Promise<unknown>) => {
  const declared = declaredFunctionOf(manifest, handler);
  if (!declared) return (event) => handler(event as Parameters<HttpLambdaHandler>[0], buildLambdaContext());
  const local = localEnvironmentFrom(process.env);
  const fn = localFunction(declared, { app: manifest.app, names: localResourceNames({ region: local.region }), local });
  return (event) => fn.invoke(event);
};

/** Invokes a handler with a real API Gateway v2 event and returns the status, headers and parsed body. */
export const call = async (handler: HttpLambdaHandler, input: CallInput = {}) => {
  const { as = 'viewer', claims, ...event } = input;
  const response = (await invokerOf(handler)(
    buildHttpEvent({ ...event, ...(claims !== undefined ? { claims } : as === null ? {} : { claims: claimsFor(as) }) }),
  )) as Awaited<ReturnType<HttpLambdaHandler>>;
  // Tests read fields freely; the shape is asserted by each test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = response.body === undefined || response.body === '' ? undefined : JSON.parse(response.body);
  return { statusCode: response.statusCode, headers: response.headers ?? {}, json };
};

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const random = (length: number, alphabet: string) =>
  Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');

export const uniqueModelCode = () => random(7, BASE36);
export const uniqueEngineCode = () => random(5, BASE36);
/** A name no other test uses, so index partitions and prefixes are private to a test. */
export const uniqueName = (prefix = 'Q') => `${prefix}${randomUUID().slice(0, 8).toUpperCase()}`;
/** A month no other test uses: expiry partitions are shared by month. */
export const uniqueMonth = () => `2${random(3, '0123456789')}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}`;

export const seedContext: WriteContext = { actor: { type: 'service', id: 'ingestion' }, correlationId: 'seed' };

/** Tables and entities bound to the DynamoDB Local of the Jest global setup (the handlers use the same env). */
export const connect = () => {
  const config = dynamoDbConfigFromEnv();
  const documentClient = createDocumentClient(config);
  return { documentClient, entities: createEntities(createTables(documentClient, config)) };
};

type AircraftInput = CreateItemInput<AircraftEntityType>;

/**
 * Stores an aircraft under a fresh N-number (digits only, valid by the FAA rules) with its true Mode S
 * codes, retrying on the rare collision with another test's.
 */
export const seedAircraft = async (
  entities: ReturnType<typeof connect>['entities'],
  overrides: Partial<AircraftInput> = {},
): Promise<AircraftInput & { version: number }> => {
  for (;;) {
    const nNumber = overrides.nNumber ?? `${random(1, '123456789')}${random(4, '0123456789')}`;
    const hex = icaoAddressFromNNumber(nNumber);
    const input: AircraftInput = {
      nNumber,
      serialNumber: `SN-${nNumber}`,
      mfrMdlCode: uniqueModelCode(),
      engMfrMdl: '41514',
      yearMfr: 2001,
      typeRegistrant: '3',
      registrant: { name: uniqueName(), city: 'WICHITA', state: 'KS' },
      certification: '1N',
      typeAircraft: '4',
      typeEngine: '1',
      statusCode: 'V',
      expirationDate: '2030-06-30',
      modeSCode: parseInt(hex, 16).toString(8).padStart(8, '0'),
      modeSCodeHex: hex,
      uniqueId: random(8, '0123456789'),
      ...overrides,
    };
    try {
      return await createItem(entities.Aircraft, input, seedContext);
    } catch (error) {
      if (!isTablesError(error, 'tables.itemAlreadyExists') || overrides.nNumber !== undefined) throw error;
    }
  }
};

/** Follows `nextToken` until the last page; returns every page's items. */
export const allPages = async (
  fetch: (nextToken?: string) => Promise<{ statusCode?: number; json: { items: unknown[]; nextToken?: string } }>,
) => {
  const pages: unknown[][] = [];
  let nextToken: string | undefined;
  do {
    const { statusCode, json } = await fetch(nextToken);
    if (statusCode !== 200) throw new Error(`page ${pages.length + 1} answered ${statusCode}: ${JSON.stringify(json)}`);
    pages.push(json.items);
    nextToken = json.nextToken;
  } while (nextToken !== undefined && pages.length < 50);
  return pages;
};
