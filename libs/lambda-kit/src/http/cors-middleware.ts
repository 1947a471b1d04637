import type middy from '@middy/core';

import type { HttpEvent, HttpResponse } from './http-event';
import type { HttpContext } from './request-state';

// `https://*.example.com`: one label at the `*`, as middy's http-cors matched them.
const wildcardPattern = (origin: string): RegExp =>
  new RegExp(`^${origin.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^.]*')}$`);

/**
 * The response side of CORS for the allowed `origins` (exact origins, `*`, or `*` subdomain wildcards):
 * `Access-Control-Allow-Origin` with the caller's origin when it is allowed (`*` when any is), and
 * `Vary: Origin` whenever the answer depends on the caller's origin, on every response, errors included.
 * Preflight (`OPTIONS`) stays with API Gateway's CORS configuration, as with middy's http-cors defaults.
 * Own code rather than `@middy/http-cors` (≈4 KB in every HTTP bundle for options the stack never uses).
 *
 * @example
 * middy().use(corsMiddleware(['https://ops.example.com'])).use(errorResponseMiddleware(logger));
 */
export const corsMiddleware = (origins: readonly string[]): middy.MiddlewareObj<HttpEvent, HttpResponse, Error, HttpContext> => {
  const any = origins.includes('*');
  const exact = new Set(origins.filter((origin) => !origin.includes('*')).map((origin) => origin.toLowerCase()));
  const patterns = origins.filter((origin) => origin !== '*' && origin.includes('*')).map((origin) => wildcardPattern(origin.toLowerCase()));
  const dependsOnOrigin = !(any && origins.length === 1);

  const allowedOriginOf = (requested: string | undefined): string | undefined => {
    const origin = requested?.toLowerCase();
    if (origin !== undefined && (exact.has(origin) || patterns.some((pattern) => pattern.test(origin)))) return origin;
    return any ? '*' : undefined;
  };

  const decorate = (request: middy.Request<HttpEvent, HttpResponse, Error, HttpContext>): void => {
    const response = request.response;
    if (response === undefined || response === null) return;
    const headers = { ...response.headers };
    const allowed = allowedOriginOf(request.event.headers?.['origin']);
    if (allowed !== undefined && headers['Access-Control-Allow-Origin'] === undefined) headers['Access-Control-Allow-Origin'] = allowed;
    if (dependsOnOrigin) headers['Vary'] = headers['Vary'] ? `${String(headers['Vary'])}, Origin` : 'Origin';
    request.response = { ...response, headers };
  };
  return { after: decorate, onError: decorate };
};
