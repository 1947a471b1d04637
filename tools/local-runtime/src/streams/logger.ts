/** The logging the mapping needs; Powertools' Logger and `console` both fit. */
export interface StreamMappingLogger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/**
 * Default logger: problems go to stderr, routine progress stays quiet.
 * @example
 * new StreamEventSourceMapping({ ...options, logger: consoleWarningsLogger });
 */
export const consoleWarningsLogger: StreamMappingLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, details) => console.warn(`[streams] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[streams] ${message}`, details ?? ''),
};
