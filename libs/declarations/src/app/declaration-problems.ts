import { isRole } from '@aircraftops/lambda-kit';

import { DELIVERY_STREAM_NAMES, DYNAMODB_ACTIONS } from '../access/access-declaration';
import { TABLE_NAMES } from '../access/table-name';
import type { FunctionDeclaration } from '../function/function-declaration';
import type { AppManifest } from './app-manifest';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ROUTE_PATH = /^(\/([A-Za-z0-9._~-]+|\{[A-Za-z][A-Za-z0-9]*\}))+$/;
const SCHEDULE = /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(\S+ \S+ \S+ \S+ \S+ \S+\))$/;

const inRange = (value: number, min: number, max: number): boolean => Number.isInteger(value) && value >= min && value <= max;

const triggerProblems = (fn: FunctionDeclaration): string[] => {
  const problems: string[] = [];
  const trigger = fn.trigger;
  switch (trigger.kind) {
    case 'http':
      if (!ROUTE_PATH.test(trigger.path)) problems.push(`route path "${trigger.path}" is not an API Gateway path`);
      if (trigger.role !== 'public' && !isRole(trigger.role)) problems.push(`route role "${String(trigger.role)}" is not a role`);
      if (fn.timeoutSeconds > 29) problems.push(`an HTTP function's timeout must be ≤ 29 s (API Gateway gives up at 30 s); got ${fn.timeoutSeconds}`);
      break;
    case 'subscription': {
      const maxBatch = trigger.maximumBatchingWindowInSeconds > 0 ? 10_000 : 10;
      if (!inRange(trigger.batchSize, 1, maxBatch)) problems.push(`batchSize must be 1–${maxBatch}; got ${trigger.batchSize}`);
      if (!inRange(trigger.maximumBatchingWindowInSeconds, 0, 300)) problems.push('maximumBatchingWindowInSeconds must be 0–300');
      if (trigger.maximumConcurrency !== undefined && !inRange(trigger.maximumConcurrency, 2, 1000)) problems.push('maximumConcurrency must be 2–1000');
      if (!inRange(trigger.maxReceiveCount, 1, 1000)) problems.push('maxReceiveCount must be 1–1000');
      if (!inRange(trigger.visibilityTimeoutSeconds, 0, 43_200)) problems.push('visibilityTimeoutSeconds must be 0–43200');
      if (trigger.visibilityTimeoutSeconds < 6 * fn.timeoutSeconds) {
        problems.push(
          `visibilityTimeoutSeconds (${trigger.visibilityTimeoutSeconds}) must be at least 6× the function timeout (${6 * fn.timeoutSeconds}), as AWS advises`,
        );
      }
      if (trigger.dlqRetentionDays !== undefined && !inRange(trigger.dlqRetentionDays, 1, 14)) problems.push('dlqRetentionDays must be 1–14');
      break;
    }
    case 'stream':
      if (!TABLE_NAMES.includes(trigger.table)) problems.push(`unknown table "${trigger.table}"`);
      if (!inRange(trigger.batchSize, 1, 10_000)) problems.push('batchSize must be 1–10000');
      if (!inRange(trigger.maximumBatchingWindowInSeconds, 0, 300)) problems.push('maximumBatchingWindowInSeconds must be 0–300');
      if (!inRange(trigger.parallelizationFactor, 1, 10)) problems.push('parallelizationFactor must be 1–10');
      if (!inRange(trigger.maximumRetryAttempts, -1, 10_000)) problems.push('maximumRetryAttempts must be -1–10000');
      if (trigger.maximumRecordAgeInSeconds !== -1 && !inRange(trigger.maximumRecordAgeInSeconds, 60, 604_800)) {
        problems.push('maximumRecordAgeInSeconds must be -1 or 60–604800');
      }
      break;
    case 'schedule':
      if (!SCHEDULE.test(trigger.expression)) problems.push(`schedule "${trigger.expression}" is not rate(…) or cron(six fields)`);
      break;
  }
  return problems;
};

const accessProblems = (fn: FunctionDeclaration): string[] => {
  const problems: string[] = [];
  for (const grant of fn.access.tables ?? []) {
    if (!TABLE_NAMES.includes(grant.table)) problems.push(`unknown table "${grant.table}"`);
    for (const action of grant.actions) if (!DYNAMODB_ACTIONS.includes(action)) problems.push(`unknown DynamoDB action "${action}"`);
    if (grant.actions.length === 0 && !grant.indexes?.length) problems.push(`access to ${grant.table} grants nothing`);
  }
  if (fn.access.putEvents && fn.access.putEvents.sources.length === 0) problems.push('putEvents needs at least one source');
  for (const grant of fn.access.objects ?? []) if (!grant.read && !grant.write) problems.push(`object access to ${grant.bucket} grants nothing`);
  const streams = (fn.access.firehose ?? []).map((grant) => grant.stream);
  for (const stream of streams) if (!DELIVERY_STREAM_NAMES.includes(stream)) problems.push(`unknown delivery stream "${String(stream)}"`);
  if (new Set(streams).size !== streams.length) problems.push('a delivery stream is declared twice');
  return problems;
};

/**
 * Every problem of an app's declarations, each naming the function: names, limits AWS enforces
 * (timeouts, memory, batch sizes, ranges), the 6× visibility rule, route syntax, access that grants
 * nothing, unknown or repeated delivery streams. Empty when the app can be built locally and synthesised.
 * @example
 * declarationProblems(manifest); // ['audit-record-event: visibilityTimeoutSeconds (30) must be at least 6× …']
 */
export const declarationProblems = (manifest: AppManifest): string[] => {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const fn of manifest.functions) {
    const own: string[] = [];
    if (!NAME.test(fn.name) || fn.name.length > 48) own.push('name must be lower-case words joined by "-", at most 48 characters');
    if (!fn.name.startsWith(`${manifest.app}-`)) own.push(`name must start with "${manifest.app}-"`);
    if (names.has(fn.name)) own.push('name is declared twice');
    names.add(fn.name);
    if (!inRange(fn.timeoutSeconds, 1, 900)) own.push(`timeoutSeconds must be 1–900; got ${fn.timeoutSeconds}`);
    if (!inRange(fn.memoryMb, 128, 10_240)) own.push(`memoryMb must be 128–10240; got ${fn.memoryMb}`);
    if (fn.reservedConcurrency !== undefined && !inRange(fn.reservedConcurrency, 0, 1000)) own.push('reservedConcurrency must be 0–1000');
    own.push(...triggerProblems(fn), ...accessProblems(fn));
    problems.push(...own.map((problem) => `${fn.name}: ${problem}`));
  }
  return problems;
};
