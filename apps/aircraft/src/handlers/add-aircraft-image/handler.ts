import { httpHandler } from '@aircraftops/lambda-kit';

import { imageBody, nNumberParam, writeContextOf, z } from '../../http';
import { addAircraftImage } from '../../use-cases';
import { ports } from '../../wiring';

/** `POST /aircraft/{nNumber}/images` (operator): attaches image metadata; 201 with the image. */
export const handler = httpHandler(
  { role: 'operator', path: z.object({ nNumber: nNumberParam }), body: imageBody },
  async ({ path, body, actor, event }) => {
    const image = await addAircraftImage(path.nNumber, body, writeContextOf(actor, event), ports);
    return { statusCode: 201, body: image, headers: { location: `/aircraft/N${image.nNumber}/images/${image.imageId}` } };
  },
);
