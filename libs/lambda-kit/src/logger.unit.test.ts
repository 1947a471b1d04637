import { createLogger } from './logger';

describe('createLogger', () => {
  it('takes the level from LOG_LEVEL whatever its case', () => {
    expect(createLogger('svc', { env: { LOG_LEVEL: 'debug' } }).getLevelName()).toBe('DEBUG');
  });

  it('prefers POWERTOOLS_LOG_LEVEL over LOG_LEVEL, and the option over both', () => {
    expect(createLogger('svc', { env: { POWERTOOLS_LOG_LEVEL: 'warn', LOG_LEVEL: 'debug' } }).getLevelName()).toBe('WARN');
    expect(createLogger('svc', { level: 'error', env: { POWERTOOLS_LOG_LEVEL: 'warn' } }).getLevelName()).toBe('ERROR');
  });

  it('defaults to INFO', () => {
    expect(createLogger('svc', { env: {} }).getLevelName()).toBe('INFO');
  });

  it('refuses an unknown level, naming where it came from', () => {
    expect(() => createLogger('svc', { env: { LOG_LEVEL: 'verbose' } })).toThrow(
      "Invalid log level 'verbose' in LOG_LEVEL; expected one of TRACE, DEBUG, INFO, WARN, ERROR, CRITICAL, SILENT",
    );
  });
});
