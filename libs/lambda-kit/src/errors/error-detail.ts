/**
 * One precise problem with a request: which field (a dotted path such as `body.nNumber` or
 * `query.limit`) and what is wrong with it.
 *
 * @example
 * const detail: ErrorDetail = { field: 'body.nNumber', message: 'Must start with N' };
 */
export interface ErrorDetail {
  readonly field: string;
  readonly message: string;
}
