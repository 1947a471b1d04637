/**
 * PutEvents accepts 1–10 entries per request (API model; an 11th gets a whole-request ValidationException).
 *
 * @example
 * ```ts
 * const requests = Math.ceil(entries.length / MAX_ENTRIES_PER_REQUEST);
 * ```
 */
export const MAX_ENTRIES_PER_REQUEST = 10;

/**
 * 256 KB: the most one entry, and the sum of a request's entries, may weigh (sized by `putEventsEntrySize`).
 * A request over it is rejected as a whole ("Total size of the entries in the request is over the limit").
 *
 * @example
 * ```ts
 * if (putEventsEntrySize(entry) > MAX_REQUEST_BYTES) storeInS3AndPublishAReference(entry);
 * ```
 */
export const MAX_REQUEST_BYTES = 256 * 1024;
