/** Codes callers can branch on. */
export type RegistryErrorCode = 'registry.invalidArgument' | 'registry.unknownFileKind';

/**
 * Base error of the registry domain; every error thrown by this library is one.
 *
 * @example
 * ```ts
 * try { icaoAddressFromNNumber('N0'); } catch (error) {
 *   if (RegistryError.is(error) && error.code === 'registry.invalidArgument') { ... }
 * }
 * ```
 */
export class RegistryError extends Error {
  override readonly name: string = 'RegistryError';

  constructor(
    readonly code: RegistryErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** Structural guard: safe across duplicated package copies, unlike `instanceof`. */
  static is(error: unknown): error is RegistryError {
    if (!(error instanceof Error)) return false;
    const code: unknown = (error as { code?: unknown }).code;
    return typeof code === 'string' && code.startsWith('registry.');
  }
}

/**
 * An argument outside what the FAA registry allows (bad N-number, too many rows to generate...).
 *
 * @example
 * ```ts
 * throw new InvalidRegistryArgumentError('rows must be a positive integer, got -1');
 * ```
 */
export class InvalidRegistryArgumentError extends RegistryError {
  override readonly name = 'InvalidRegistryArgumentError';

  constructor(message: string, options?: ErrorOptions) {
    super('registry.invalidArgument', message, options);
  }
}
