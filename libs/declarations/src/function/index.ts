export type { FunctionDeclaration } from './function-declaration';
export type { HandlerRef } from './handler-ref';
export { httpFunction, type HttpFunctionOptions } from './http-function';
export { LAMBDA_ARCHITECTURE, LAMBDA_RUNTIME } from './lambda-platform';
