import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb-streams';

import { MalformedStreamRecordError } from './errors';
import type { WireAttributeValue } from './lambda-stream-record';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * Turns an SDK AttributeValue (binary as `Uint8Array`) back into the JSON wire form Lambda delivers
 * (binary as base64 strings). Everything else is already in wire form; maps and lists recurse.
 * @throws MalformedStreamRecordError for a member type the SDK did not recognise.
 * @example
 * toWireAttributeValue({ B: new TextEncoder().encode('foobar') }); // { B: 'Zm9vYmFy' }
 */
export const toWireAttributeValue = (value: SdkAttributeValue): WireAttributeValue => {
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.M !== undefined) return { M: toWireImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(toWireAttributeValue) };
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  throw new MalformedStreamRecordError(`Unknown AttributeValue member: ${JSON.stringify(value)}`);
};

/**
 * Converts a whole image (or key map), keeping the attribute order.
 * @example
 * toWireImage({ PK: { S: 'AIRCRAFT#N1' } }); // { PK: { S: 'AIRCRAFT#N1' } }
 */
export const toWireImage = (image: Record<string, SdkAttributeValue>): Record<string, WireAttributeValue> =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, toWireAttributeValue(value)]));
