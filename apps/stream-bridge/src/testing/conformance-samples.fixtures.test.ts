import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LooseJson } from './loose-json.fixtures.test';

/**
 * The recorded DynamoDB stream shapes in `../shared/conformance/` next to the checkout (third-party data, not
 * part of the repository): read from there, never copied. Suites that need them skip when they are absent.
 */
export const SAMPLES_PATH = resolve(
  process.env['AIRCRAFTOPS_CONFORMANCE_DIR'] ?? resolve(__dirname, '../../../../../shared/conformance'),
  'dynamodb-stream-event-samples.json',
);

export interface StreamSamples {
  readonly samples: readonly { readonly id: string; readonly event: { readonly Records: readonly LooseJson[] } }[];
}

export const streamSamples: StreamSamples | undefined = existsSync(SAMPLES_PATH)
  ? (JSON.parse(readFileSync(SAMPLES_PATH, 'utf8')) as StreamSamples)
  : undefined;

/** The first record of sample `id`; throws when the sample set has no such sample. */
export const sampleRecord = (samples: StreamSamples, id: string): LooseJson => {
  const record = samples.samples.find((sample) => sample.id === id)?.event.Records[0];
  if (!record) throw new Error(`conformance sample ${id} not found in ${SAMPLES_PATH}`);
  return record;
};

/** `describe` when the samples exist, otherwise a skipped suite whose title says why. */
export const describeWithSamples = (title: string, body: (samples: StreamSamples) => void): void => {
  if (streamSamples) describe(title, () => body(streamSamples));
  else describe.skip(`${title} (skipped: conformance samples not found at ${SAMPLES_PATH})`, () => it('needs the samples', () => undefined));
};
