export { accessCheckOf } from './access-check-of';
export { declaredFunction, declaredFunctionOf } from './declared-function';
export { functionContext } from './function-context';
export { LambdaTimeoutError } from './lambda-timeout-error';
export { type LocalEnvironment, localEnvironmentFrom } from './local-env';
export {
  HandlerNotFoundError,
  type LambdaHandler,
  localFunction,
  type LocalFunction,
  type LocalFunctionOptions,
  requireHandler,
} from './local-function';
export { LOCAL_ACCOUNT_ID, LOCAL_BUS_NAME, localResourceNames } from './local-resource-names';
