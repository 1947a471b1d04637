import { randomUUID } from 'node:crypto';

import { httpHandler } from '@aircraftops/lambda-kit';
import * as z from 'zod/mini';

import { imageBody } from '../../http/image-body';
import { nNumberParam } from '../../http/n-number-param';
import { addAircraftImage } from '../../use-cases/add-aircraft-image';
import { aircraftReaderPort } from '../../wiring/aircraft-reader-port';
import { imagesPort } from '../../wiring/images-port';

/** `POST /aircraft/{nNumber}/images` (operator): attaches image metadata; 201 with the image. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam }), body: imageBody },
  async ({ path, body, actor, correlationId }) => {
    const image = await addAircraftImage(path.nNumber, body, { actor, correlationId }, { aircraft: aircraftReaderPort(), images: imagesPort(), newId: randomUUID });
    return { statusCode: 201, body: image, headers: { location: `/aircraft/N${image.nNumber}/images/${image.imageId}` } };
  },
);
