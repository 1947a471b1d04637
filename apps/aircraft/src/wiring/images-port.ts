import { AircraftImageEntity } from '@aircraftops/tables';

import { createDynamoDbAircraftImageRepository } from '../adapters/dynamodb-aircraft-image-repository';
import type { AircraftImageRepository } from '../domain';
import { requireCoreTable } from './require-core-table';

let built: AircraftImageRepository | undefined;

/**
 * The image-metadata port, built at its first use (see `aircraftPort`).
 * @example
 * removeAircraftImage(nNumber, imageId, version, context, { images: imagesPort() });
 */
export const imagesPort = (): AircraftImageRepository => (built ??= createDynamoDbAircraftImageRepository({ AircraftImage: AircraftImageEntity }));

requireCoreTable();
