import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';

import type { Aircraft } from '../../domain';
import type { AircraftEntities } from './aircraft-entities';

/**
 * The aircraft record alone (one GetItem), or undefined; soft-deleted ones too. In a module of its own:
 * a function that only reads a record bundles no Query or write code (see the aircraft wiring).
 * @example
 * const aircraft = await readAircraft(entities, '12345');
 */
export const readAircraft = async (entities: Pick<AircraftEntities, 'Aircraft'>, nNumber: string): Promise<Aircraft | undefined> => {
  const { Item } = await entities.Aircraft.build(GetItemCommand).key({ nNumber }).send();
  return Item;
};
