import type middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';

import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors';
import { describeJsonError } from './describe-json-error';
import type { HttpEvent } from './http-event';
import { jsonNestingDepth } from './json-nesting-depth';

/** Options of {@link jsonBodyMiddleware}. */
export interface JsonBodyOptions {
  /** Largest accepted body in bytes (after base64 decoding). */
  readonly maxBodyBytes: number;
  /** Deepest accepted nesting of arrays and objects; defaults to {@link MAX_JSON_DEPTH}. */
  readonly maxDepth?: number;
}

/** Far deeper than any command of the API (≤ 4 levels), far below what recursion can take. */
export const MAX_JSON_DEPTH = 32;

interface MiddyHttpError {
  readonly statusCode: number;
  readonly cause?: { readonly message?: string; readonly data?: unknown };
}

/**
 * Parses a JSON request body into `event.body`. A missing or empty body stays `undefined`, so the
 * body schema reports it as a missing field instead of a parse error.
 *
 * Wraps `@middy/http-json-body-parser` (content-type check, base64 decoding, `__proto__` protection)
 * rather than replacing it, because its errors do not fit our contract: it answers malformed JSON
 * with a 422 whose message hides the parser's reason (and V8's reason often lacks the position, which
 * we add), and it knows no size or depth limit.
 *
 * @example
 * middy().use(jsonBodyMiddleware({ maxBodyBytes: 1_048_576 }));
 */
export const jsonBodyMiddleware = (options: JsonBodyOptions): middy.MiddlewareObj<HttpEvent> => {
  const parser = httpJsonBodyParser<HttpEvent>();
  return {
    before: async (request) => {
      const { body, isBase64Encoded } = request.event;
      if (body === undefined || body === null || body === '') {
        request.event.body = undefined;
        return;
      }
      const bytes = Buffer.byteLength(body, isBase64Encoded ? 'base64' : 'utf8');
      if (bytes > options.maxBodyBytes) {
        throw new PayloadTooLargeError(`Request body is ${bytes} bytes; the limit is ${options.maxBodyBytes}`);
      }
      const text = isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
      const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
      if (jsonNestingDepth(text, maxDepth) > maxDepth) {
        throw new ValidationError([{ field: 'body', message: `must not nest arrays and objects more than ${maxDepth} levels deep` }], {
          message: `Request body is nested more than ${maxDepth} levels deep`,
        });
      }
      try {
        await parser.before?.(request);
      } catch (error) {
        throw translateParserError(error, request.event.headers?.['content-type'], text);
      }
    },
  };
};

const translateParserError = (error: unknown, contentType: string | undefined, text: string): unknown => {
  if (!isMiddyHttpError(error)) return error;
  if (error.statusCode === 415) {
    const received = contentType === undefined ? 'no Content-Type' : `Content-Type '${contentType}'`;
    return new UnsupportedMediaTypeError(`Request body has ${received}; send application/json`, { cause: error });
  }
  if (error.statusCode === 422 && typeof error.cause?.data === 'string' && error.cause.message === undefined) {
    // The parser rejected a prototype-polluting key, not the syntax.
    return new ValidationError([{ field: 'body', message: `Forbidden key "${error.cause.data}"` }], {
      message: 'Request body contains a forbidden key',
      cause: error,
    });
  }
  if (error.statusCode === 422) {
    return new ValidationError([{ field: 'body', message: describeJsonError(text, error.cause?.message ?? 'Malformed JSON') }], {
      message: 'Request body is not valid JSON',
      cause: error,
    });
  }
  return error;
};

const isMiddyHttpError = (error: unknown): error is MiddyHttpError =>
  typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number';
