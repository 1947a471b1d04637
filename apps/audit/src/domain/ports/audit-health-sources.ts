/** Port: how many audit records occurred in a time window (every detail-type the caller names). */
export interface RecentRecordCounter {
  countBetween(detailTypes: readonly string[], from: string, to: string): Promise<number>;
}

/** Port: what the analytics export last did. */
export interface ExportStatusReader {
  /**
   * When the export last wrote a record, and which; `undefined` before the first; unavailable (and why)
   * where the sink keeps no such status (Firehose in the cloud).
   */
  lastExport(): Promise<{ readonly at: string; readonly eventId: string } | { readonly available: false; readonly reason: string } | undefined>;
}
