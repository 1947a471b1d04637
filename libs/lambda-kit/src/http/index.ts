export { CORS_ORIGINS_ENV, corsOriginsFromEnv } from './cors-origins-from-env';
export type { ErrorResponseBody } from './error-response-middleware';
export { DEFAULT_MAX_BODY_BYTES, httpHandler } from './http-handler';
export type { HttpHandlerInput, HttpLambdaHandler, HttpRouteOptions } from './http-handler';
export type { HttpEvent, HttpResponse } from './http-event';
export { isHttpResult, toHttpResponse } from './http-result';
export type { HttpResult } from './http-result';
export { jsonResponse } from './json-response';
export type { HttpContext, ValidatedInput } from './request-state';
