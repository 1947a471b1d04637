/** PutRecordBatch limits (Amazon Data Firehose quotas): records per call, and bytes per call. */
export const FIREHOSE_BATCH_LIMITS = { maxRecords: 500, maxBytes: 4 * 1024 * 1024 } as const;

/** The largest single record Firehose accepts (before base64): 1,000 KiB. */
export const FIREHOSE_MAX_RECORD_BYTES = 1000 * 1024;

/**
 * Splits encoded records into consecutive `PutRecordBatch` calls, each within the limits (500 records,
 * 4 MiB), keeping their order. A record over Firehose's own size limit is refused here rather than by
 * the service, naming its index: it could never be delivered, so retrying would not help.
 * @example
 * firehoseBatches(lines.map((line) => Buffer.from(line))); // [[…500 records], […the rest]]
 */
export const firehoseBatches = (records: readonly Uint8Array[], limits = FIREHOSE_BATCH_LIMITS): Uint8Array[][] => {
  const batches: Uint8Array[][] = [];
  let current: Uint8Array[] = [];
  let bytes = 0;
  records.forEach((record, index) => {
    if (record.byteLength > FIREHOSE_MAX_RECORD_BYTES) {
      throw new RangeError(`analytics record ${index} is ${record.byteLength} bytes; Firehose accepts at most ${FIREHOSE_MAX_RECORD_BYTES}`);
    }
    if (current.length === limits.maxRecords || (current.length > 0 && bytes + record.byteLength > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += record.byteLength;
  });
  if (current.length > 0) batches.push(current);
  return batches;
};
