/** Codes callers (the HTTP layer, the CLI) branch on. */
export type LocalEventBridgeErrorCode =
  | 'eventbridge.invalidPattern'
  | 'eventbridge.duplicateRule'
  | 'eventbridge.unknownRule'
  | 'eventbridge.invalidRequest'
  | 'eventbridge.archiveCorrupt'
  | 'eventbridge.closed';

/**
 * Base error of the local EventBridge emulation.
 *
 * @example
 * ```ts
 * try { bus.redrive('nope'); } catch (error) {
 *   if (LocalEventBridgeError.is(error) && error.code === 'eventbridge.unknownRule') { ... }
 * }
 * ```
 */
export class LocalEventBridgeError extends Error {
  override readonly name: string = 'LocalEventBridgeError';
  readonly code: LocalEventBridgeErrorCode;

  constructor(code: LocalEventBridgeErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }

  /** Structural guard: true for any error carrying an `eventbridge.*` code. */
  static is(error: unknown): error is LocalEventBridgeError {
    const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
    return typeof code === 'string' && code.startsWith('eventbridge.');
  }
}

/** An event pattern the matcher rejects (at rule creation or in TestEventPattern). */
export class InvalidEventPatternError extends LocalEventBridgeError {
  override readonly name = 'InvalidEventPatternError';
  constructor(message: string, options?: ErrorOptions) {
    super('eventbridge.invalidPattern', message, options);
  }
}

export class DuplicateRuleError extends LocalEventBridgeError {
  override readonly name = 'DuplicateRuleError';
  constructor(rule: string) {
    super('eventbridge.duplicateRule', `Rule ${rule} already exists on the bus.`);
  }
}

export class UnknownRuleError extends LocalEventBridgeError {
  override readonly name = 'UnknownRuleError';
  constructor(rule: string, busName: string) {
    // The message AWS uses for a missing rule.
    super('eventbridge.unknownRule', `Rule ${rule} does not exist on EventBus ${busName}.`);
  }
}

/** A bad argument to a bus operation (replay range, …). */
export class InvalidBusRequestError extends LocalEventBridgeError {
  override readonly name = 'InvalidBusRequestError';
  constructor(message: string, options?: ErrorOptions) {
    super('eventbridge.invalidRequest', message, options);
  }
}

export class ArchiveCorruptError extends LocalEventBridgeError {
  override readonly name = 'ArchiveCorruptError';
  constructor(message: string, options?: ErrorOptions) {
    super('eventbridge.archiveCorrupt', message, options);
  }
}

export class BusClosedError extends LocalEventBridgeError {
  override readonly name = 'BusClosedError';
  constructor(busName: string) {
    super('eventbridge.closed', `Event bus ${busName} is closed.`);
  }
}
