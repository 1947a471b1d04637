import { StreamBridgeError } from './stream-bridge-error';

/**
 * A stream item whose `_et` names no entity the bridge knows (or that has no `_et` at all): the bridge cannot
 * tell what changed, so the record fails rather than being skipped.
 *
 * @example
 * ```ts
 * throw new UnknownEntityError('AircraftPhoto', 'CoreTable', 'AIRCRAFT#511CR / PHOTO#1');
 * ```
 */
export class UnknownEntityError extends StreamBridgeError {
  override readonly name = 'UnknownEntityError';

  constructor(
    readonly entityType: string | undefined,
    readonly table: string,
    readonly itemKey: string,
    options?: ErrorOptions,
  ) {
    super(
      'streamBridge.unknownEntity',
      entityType === undefined
        ? `${table} item ${itemKey} has no string _et attribute: cannot tell which entity changed`
        : `${table} item ${itemKey} has _et "${entityType}", which is no entity the stream bridge knows`,
      options,
    );
  }
}
