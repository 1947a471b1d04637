/** A PutEvents request entry as it arrives on the wire (AWS JSON 1.1: `Time` is epoch seconds). */
export interface PutEventsEntry {
  readonly Time?: number | string;
  readonly Source?: string;
  readonly Resources?: readonly string[];
  readonly DetailType?: string;
  /** A JSON object, serialised. */
  readonly Detail?: string;
  readonly EventBusName?: string;
  readonly TraceHeader?: string;
}

/** One result per request entry, in request order. */
export type PutEventsResultEntry =
  | { readonly EventId: string }
  | { readonly ErrorCode: string; readonly ErrorMessage: string };

/** The PutEvents response body. */
export interface PutEventsResult {
  readonly FailedEntryCount: number;
  readonly Entries: readonly PutEventsResultEntry[];
}
