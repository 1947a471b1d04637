import type { TablesError, TablesErrorCode } from './tables-error';

/**
 * Structural guard (safe across duplicated package copies, unlike `instanceof`), optionally narrowed by code.
 * @example
 * if (isTablesError(error, 'tables.versionConflict')) return conflict();
 */
export const isTablesError = (error: unknown, code?: TablesErrorCode): error is TablesError =>
  error instanceof Error &&
  typeof (error as Partial<TablesError>).code === 'string' &&
  (error as TablesError).code.startsWith('tables.') &&
  (code === undefined || (error as TablesError).code === code);
