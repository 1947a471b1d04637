import { Logger } from '@aws-lambda-powertools/logger';

import { ConfigurationError } from './errors';
import { currentEnv } from './runtime';

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;

/** A log level Powertools accepts. */
export type LogLevelName = (typeof LEVELS)[number];

/** Options of {@link createLogger}. */
export interface CreateLoggerOptions {
  /** Overrides the environment (`POWERTOOLS_LOG_LEVEL`, then `LOG_LEVEL`); case-insensitive. */
  readonly level?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * A Powertools JSON logger for one service. The level comes from `options.level`, else
 * `POWERTOOLS_LOG_LEVEL`, else `LOG_LEVEL`, else INFO. Unlike Powertools itself, which silently ignores
 * a lower-case or misspelt level, this accepts any case and throws on an unknown level.
 *
 * @throws ConfigurationError when the level is not one of TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL, SILENT.
 * @example
 * const logger = createLogger('aircraft-api');
 * logger.info('Aircraft registered', { nNumber: 'N12345' });
 */
export const createLogger = (serviceName: string, options: CreateLoggerOptions = {}): Logger => {
  const env = options.env ?? currentEnv();
  const source = options.level !== undefined ? 'the level option' : env['POWERTOOLS_LOG_LEVEL'] ? 'POWERTOOLS_LOG_LEVEL' : 'LOG_LEVEL';
  const raw = options.level ?? (env['POWERTOOLS_LOG_LEVEL'] || env['LOG_LEVEL'] || 'INFO');
  const level = raw.trim().toUpperCase();
  if (!isLevel(level)) {
    throw new ConfigurationError(`Invalid log level '${raw}' in ${source}; expected one of ${LEVELS.join(', ')}`);
  }
  return new Logger({ serviceName, logLevel: level });
};

const isLevel = (value: string): value is LogLevelName => (LEVELS as readonly string[]).includes(value);
