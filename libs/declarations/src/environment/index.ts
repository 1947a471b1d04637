export { BUCKET_ENV, DELIVERY_STREAM_ENV, EVENT_BUS_ENV, SERVICE_NAME_ENV, TABLE_ENV } from './environment-names';
export { environmentOf } from './environment-of';
