import { type BucketRole, DELIVERY_STREAM_NAMES, type DeliveryStreamName, TABLE_NAMES, type TableName } from '@aircraftops/declarations';

/** Every bucket role the declarations know (`BucketRole` is a type only; keep this list beside it). */
export const BUCKET_ROLES_OF: readonly BucketRole[] = ['datasets'];

export { DELIVERY_STREAM_NAMES, type DeliveryStreamName, TABLE_NAMES, type TableName };
