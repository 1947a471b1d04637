import { ConfigurationError } from '@aircraftops/lambda-kit';

import { DEFAULT_RETENTION_CONFIG, RETENTION_ENV, type RetentionPeriod, type RetentionPolicy } from './retention-policy';

const ENTRY = /^(\*|aircraftops\.[a-z0-9-]+)=([1-9]\d{0,3})([ymd])$/;
const UNIT = { y: 'years', m: 'months', d: 'days' } as const;

/**
 * Parses a retention policy: comma-separated `<source>=<n><y|m|d>` entries (calendar years, calendar months,
 * days), `*` for every source not listed. `*` is required: nothing may be recorded without a retention.
 * @throws ConfigurationError naming the variable and the entry it cannot read.
 * @example
 * parseRetentionConfig('aircraftops.aircraft=7y,aircraftops.ingestion=13m,*=7y').bySource['aircraftops.ingestion']; // { months: 13 }
 */
export const parseRetentionConfig = (text: string): RetentionPolicy => {
  const bySource: Record<string, RetentionPeriod> = {};
  for (const entry of text.split(',').map((part) => part.trim())) {
    const match = ENTRY.exec(entry);
    if (match === null) {
      throw new ConfigurationError(`${RETENTION_ENV}: cannot read "${entry}" (expected <source>=<n><y|m|d>, e.g. aircraftops.ingestion=13m)`);
    }
    const [, source, count, unit] = match as unknown as [string, string, string, keyof typeof UNIT];
    if (Object.hasOwn(bySource, source)) throw new ConfigurationError(`${RETENTION_ENV}: ${source} is listed twice`);
    bySource[source] = { [UNIT[unit]]: Number(count) } as RetentionPeriod;
  }
  const { '*': fallback, ...named } = bySource;
  if (fallback === undefined) throw new ConfigurationError(`${RETENTION_ENV}: no "*=" entry for the sources it does not name`);
  return { bySource: named, fallback };
};

/** The documented defaults, parsed. */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = parseRetentionConfig(DEFAULT_RETENTION_CONFIG);
