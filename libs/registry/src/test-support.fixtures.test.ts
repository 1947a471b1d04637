import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real FAA sample (see apps/ingestion/fixtures/faa-registry/SOURCE notes in /work/shared/data). */
export const FAA_SAMPLE_DIR = join(__dirname, '../../../apps/ingestion/fixtures/faa-registry');

/** Data lines of a sample file split into fields, without BOM, header or line ends. */
export function sampleRows(file: 'MASTER' | 'ACFTREF' | 'ENGINE'): string[][] {
  return readFileSync(join(FAA_SAMPLE_DIR, `${file}.txt`), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}
