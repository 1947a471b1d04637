export { type AccessCheck, currentEnv, currentFunctionScope, type FunctionScope, runInFunctionScope } from './function-scope';
export { type GuardableClient, guardClient } from './guard-client';
