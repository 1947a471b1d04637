/** A request target split the way API Gateway sees it: the raw path and the raw query string. */
export interface RawTarget {
  /** Exactly as sent: no dot-segment resolution, no percent-decoding. */
  readonly rawPath: string;
  readonly rawQueryString: string;
}

/**
 * Splits a request target (`request.url`) at the first `?` without normalising anything. `new URL()`
 * would resolve `..` and `.` segments, so `GET /ingestion/jobs/../schedules` would reach another route
 * than the one its path names; API Gateway matches routes on the raw path, and so do we.
 *
 * @example
 * rawTargetOf('/aircraft/N1/images/..?x=1'); // { rawPath: '/aircraft/N1/images/..', rawQueryString: 'x=1' }
 */
export const rawTargetOf = (target: string): RawTarget => {
  const question = target.indexOf('?');
  // An absolute-form target (`GET http://host/path`, legal in HTTP/1.1) keeps only its path.
  const path = (question === -1 ? target : target.slice(0, question)).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || '/';
  return { rawPath: path, rawQueryString: question === -1 ? '' : target.slice(question + 1) };
};
