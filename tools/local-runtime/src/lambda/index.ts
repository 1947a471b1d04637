export { lambdaContext } from './lambda-context';
export { HandlerNotFoundError, type LambdaHandler, loadHandler } from './load-handler';
