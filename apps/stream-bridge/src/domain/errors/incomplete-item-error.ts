import { StreamBridgeError } from './stream-bridge-error';

/**
 * A stream record lacks what the event needs: an image its event type must have, or an attribute of the
 * item (the write stamps `updatedBy`, `correlationId`, `version`, `modifiedAt`, which every write sets).
 *
 * @example
 * ```ts
 * throw new IncompleteItemError('Aircraft', '511CR', 'correlationId', 'is missing or empty');
 * ```
 */
export class IncompleteItemError extends StreamBridgeError {
  override readonly name = 'IncompleteItemError';

  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly attribute: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super('streamBridge.incompleteItem', `${entityType} ${entityId}: ${attribute} ${reason}`, options);
  }
}
