import { IncompleteItemError } from './errors';
import type { EntityItem, StreamChange } from './stream-change';

/**
 * The image a record of this kind must carry (INSERT/MODIFY: new; MODIFY/REMOVE: old). A stream without
 * NEW_AND_OLD_IMAGES (or a hand-made event) lacks one: the record fails rather than yielding a half event.
 * @throws IncompleteItemError naming the image.
 * @example
 * ```ts
 * const before = requireImage(change, 'oldItem');
 * ```
 */
export const requireImage = (change: StreamChange, image: 'oldItem' | 'newItem'): EntityItem => {
  const item = change[image];
  if (item === undefined) {
    throw new IncompleteItemError(
      change.entityType,
      `(record ${change.recordId})`,
      image === 'oldItem' ? 'OldImage' : 'NewImage',
      `is missing from the ${change.eventName} record (the stream must be NEW_AND_OLD_IMAGES)`,
    );
  }
  return item;
};
