// The runtime loads handlers as the declarations' local builder does (libs/declarations/src/local), so a
// test invoking one function and `npm start` share one warm module per handler.
export { HandlerNotFoundError, type LambdaHandler, requireHandler as loadHandler } from '@aircraftops/declarations';
