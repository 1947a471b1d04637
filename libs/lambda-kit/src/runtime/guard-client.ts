import type { InitializeMiddleware, MiddlewareStack } from '@smithy/types';

import { currentFunctionScope } from './function-scope';

/** The part of an AWS SDK v3 client `guardClient` uses (every generated client has it). */
export interface GuardableClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any client's input and output types
  readonly middlewareStack: MiddlewareStack<any, any>;
}

/** lib-dynamodb's command names (`PutCommand`) as the DynamoDB operations they send (`PutItemCommand`). */
const DOCUMENT_COMMANDS: Readonly<Record<string, string>> = {
  GetCommand: 'GetItemCommand',
  PutCommand: 'PutItemCommand',
  UpdateCommand: 'UpdateItemCommand',
  DeleteCommand: 'DeleteItemCommand',
  BatchGetCommand: 'BatchGetItemCommand',
  BatchWriteCommand: 'BatchWriteItemCommand',
  TransactGetCommand: 'TransactGetItemsCommand',
  TransactWriteCommand: 'TransactWriteItemsCommand',
};

const GUARD = 'aircraftopsAccessGuard';
const guarded = new WeakSet<object>();

/**
 * Adds the declared-access check to an AWS SDK client: before any other middleware, each request is
 * shown to the current function scope's `checkAccess` (the local runtime's IAM stand-in), which throws
 * an `AccessDeniedException` for anything the function's declaration does not grant. Outside a scope
 * (the cloud, where IAM itself decides; tools; tests) it does nothing. Idempotent.
 *
 * A DocumentClient shares its base client's middleware stack, so guarding the base client guards the
 * DocumentClient too; the SDK names its commands by the base operation (`PutItemCommand`), and the
 * lib-dynamodb names are mapped as well in case that changes.
 * @example
 * const client = guardClient(new DynamoDBClient({ region }), 'DynamoDB');
 */
export const guardClient = <C extends GuardableClient>(client: C, service: string): C => {
  if (guarded.has(client)) return client;
  guarded.add(client);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any client's input and output types
  const middleware: InitializeMiddleware<any, any> = (next, context) => async (args) => {
      const check = currentFunctionScope()?.checkAccess;
      if (check) {
        const commandName = context.commandName ?? 'UnknownCommand';
        check(service, DOCUMENT_COMMANDS[commandName] ?? commandName, (args.input ?? {}) as Readonly<Record<string, unknown>>);
      }
      return next(args);
  };
  client.middlewareStack.add(middleware, { step: 'initialize', name: GUARD, priority: 'high' });
  return client;
};
