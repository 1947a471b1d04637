import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The recorded DynamoDB stream shapes in `../shared/conformance/` next to the checkout. They are
 * third-party data and not part of the repository, so tests that use them skip when absent.
 */
export const SAMPLES_PATH = resolve(
  process.env['AIRCRAFTOPS_CONFORMANCE_DIR'] ?? resolve(__dirname, '../../../../../shared/conformance'),
  'dynamodb-stream-event-samples.json',
);

export interface StreamSamples {
  samples: { id: string; authority: string; event: { Records: Record<string, unknown>[] } }[];
  on_failure_destination_records: { id: string; record: Record<string, unknown> }[];
  partial_batch_responses: { complete_success: unknown[]; complete_failure_whole_batch_retried: unknown[] };
}

export const streamSamples: StreamSamples | undefined = existsSync(SAMPLES_PATH)
  ? (JSON.parse(readFileSync(SAMPLES_PATH, 'utf8')) as StreamSamples)
  : undefined;

/** `describe` when the samples exist, otherwise a skipped suite whose title says why. */
export const describeWithSamples = (title: string, body: (samples: StreamSamples) => void): void => {
  if (streamSamples) describe(title, () => body(streamSamples));
  else describe.skip(`${title} (skipped: conformance samples not found at ${SAMPLES_PATH})`, () => it('needs the samples', () => undefined));
};
