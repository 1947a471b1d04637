import { deliveryStreamNameOf, type ResourceNames } from '../access/resource-names';
import type { FunctionDeclaration } from '../function/function-declaration';
import { BUCKET_ENV, DELIVERY_STREAM_ENV, EVENT_BUS_ENV, SERVICE_NAME_ENV, TABLE_ENV } from './environment-names';

/**
 * A function's environment, derived from its access (the name of every table it may touch or whose stream it reads, the bus
 * when it publishes, the bucket when it reads or writes objects, the delivery stream it puts records into) plus its declared settings. Nothing
 * else: a function never sees another's variables, locally as in the cloud.
 * @example
 * environmentOf('aircraft', fn, names); // { POWERTOOLS_SERVICE_NAME: 'aircraft', AIRCRAFTOPS_CORE_TABLE: 'CoreTable' }
 */
export const environmentOf = (app: string, fn: FunctionDeclaration, names: ResourceNames): Record<string, string> => {
  const env: Record<string, string> = { [SERVICE_NAME_ENV]: app };
  for (const grant of fn.access.tables ?? []) env[TABLE_ENV[grant.table]] = names.tables[grant.table];
  // A stream consumer knows which table its records come from (the stream ARN names it).
  if (fn.trigger.kind === 'stream') env[TABLE_ENV[fn.trigger.table]] = names.tables[fn.trigger.table];
  if (fn.access.putEvents) env[EVENT_BUS_ENV] = names.busName;
  for (const grant of fn.access.objects ?? []) env[BUCKET_ENV[grant.bucket]] = names.buckets[grant.bucket];
  for (const grant of fn.access.firehose ?? []) env[DELIVERY_STREAM_ENV[grant.stream]] = deliveryStreamNameOf(names, grant.stream);
  return { ...env, ...fn.environment };
};
