import { StreamBridgeError } from '../domain';

/**
 * The entity's dynamodb-toolbox formatter rejected a stream image (a required attribute missing, a wrong
 * type): the item does not match its entity, so the record fails. The formatter's error is the `cause`.
 *
 * @example
 * ```ts
 * throw new UnformattableItemError('Aircraft', 'NewImage', 'AIRCRAFT#511CR / AIRCRAFT', { cause: error });
 * ```
 */
export class UnformattableItemError extends StreamBridgeError {
  override readonly name = 'UnformattableItemError';

  constructor(
    readonly entityType: string,
    readonly image: 'NewImage' | 'OldImage',
    readonly itemKey: string,
    options?: ErrorOptions,
  ) {
    const reason = options?.cause instanceof Error ? options.cause.message : String(options?.cause ?? 'unknown reason');
    super('streamBridge.unformattableItem', `${image} of ${entityType} ${itemKey} does not match the entity: ${reason}`, options);
  }
}
