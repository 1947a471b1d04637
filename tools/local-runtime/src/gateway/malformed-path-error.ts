/**
 * A request path the gateway cannot turn into route parameters: a segment that is not valid
 * percent-encoding of UTF-8 (`%ZZ`, a truncated `%E0%A4%A`, an encoded surrogate `%ED%A0%80`). The
 * gateway answers 400 naming the segment, before authentication, as API Gateway does for a request it
 * cannot parse; nothing reaches a function.
 *
 * @example
 * throw new MalformedPathError('%ZZ'); // 'path segment "%ZZ" is not valid percent-encoded UTF-8'
 */
export class MalformedPathError extends Error {
  override readonly name = 'MalformedPathError';

  constructor(readonly segment: string) {
    super(`path segment "${segment.length > 64 ? `${segment.slice(0, 64)}…` : segment}" is not valid percent-encoded UTF-8`);
  }
}
