import { type FirehoseClient, PutRecordBatchCommand } from '@aws-sdk/client-firehose';

import { analyticsLine, type AnalyticsSink } from '../../domain';
import { firehoseBatches } from './firehose-batches';
import { FirehoseDeliveryError } from './firehose-delivery-error';

/** How a Firehose sink retries the records a batch call refused. */
export interface FirehoseRetry {
  /** Calls per batch, the first included (default 5). */
  readonly maxAttempts: number;
  /** Backoff before retry `n` (1-based), in ms (default: 100 ms · 2ⁿ⁻¹, full jitter, at most 2 s). */
  readonly delayMs: (retry: number) => number;
  readonly sleep: (ms: number) => Promise<void>;
}

const DEFAULT_RETRY: FirehoseRetry = {
  maxAttempts: 5,
  delayMs: (retry) => Math.random() * Math.min(2000, 100 * 2 ** (retry - 1)),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The cloud analytics sink: each record as one NDJSON line (`eventId` first) into an Amazon Data Firehose
 * delivery stream, which buffers them into the analytics bucket. `PutRecordBatch` in calls within its
 * limits (500 records, 4 MiB); a call can succeed while refusing some records (`FailedPutCount`), so only
 * those are sent again, with backoff; if they keep failing it throws `FirehoseDeliveryError` and the stream
 * mapping retries the batch. **At least once**: a retried batch sends again what was already accepted, so
 * consumers de-duplicate on `eventId`.
 * @example
 * await createFirehoseSink(firehoseClientFromEnv(), 'aircraftops-audit-analytics').putAll(records);
 */
export const createFirehoseSink = (client: Pick<FirehoseClient, 'send'>, streamName: string, retry: Partial<FirehoseRetry> = {}): AnalyticsSink => {
  const { maxAttempts, delayMs, sleep } = { ...DEFAULT_RETRY, ...retry };
  const encoder = new TextEncoder();

  const sendBatch = async (records: Uint8Array[]): Promise<void> => {
    let pending = records;
    for (let attempt = 1; ; attempt += 1) {
      const response = await client.send(new PutRecordBatchCommand({ DeliveryStreamName: streamName, Records: pending.map((Data) => ({ Data })) }));
      if (!response.FailedPutCount) return;
      // Responses are positional: the entries with an ErrorCode are the records refused.
      const results = response.RequestResponses ?? [];
      const refused = pending.filter((_, index) => results[index]?.ErrorCode !== undefined);
      const lastError = results.find((result) => result.ErrorCode !== undefined)?.ErrorCode ?? 'unknown';
      // A count without positions cannot say which records failed: send them all again (at least once).
      pending = refused.length > 0 ? refused : pending;
      if (attempt >= maxAttempts) throw new FirehoseDeliveryError(streamName, pending.length, lastError, attempt);
      await sleep(delayMs(attempt));
    }
  };

  return {
    async putAll(records) {
      for (const batch of firehoseBatches(records.map((record) => encoder.encode(analyticsLine(record))))) await sendBatch(batch);
    },
  };
};
