import type { AccessDeclaration } from '../access/access-declaration';
import type { AppManifest } from '../app/app-manifest';
import type { FunctionDeclaration } from '../function/function-declaration';
import { LAMBDA_ARCHITECTURE, LAMBDA_RUNTIME } from '../function/lambda-platform';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const describeTrigger = (fn: FunctionDeclaration): string => {
  const t = fn.trigger;
  switch (t.kind) {
    case 'http':
      return `\`${t.method} ${t.path}\` (${t.role})`;
    case 'subscription':
      return (
        `rule \`${JSON.stringify(t.eventPattern)}\` → queue (batch ${t.batchSize}, window ${t.maximumBatchingWindowInSeconds} s, ` +
        `visibility ${t.visibilityTimeoutSeconds} s, ${t.maxReceiveCount} receives → DLQ` +
        `${t.maximumConcurrency ? `, max concurrency ${t.maximumConcurrency}` : ''})`
      );
    case 'stream':
      return (
        `${t.table} stream (batch ${t.batchSize}, window ${t.maximumBatchingWindowInSeconds} s, parallelization ${t.parallelizationFactor}, ` +
        `${t.maximumRetryAttempts} retries, record age ${t.maximumRecordAgeInSeconds} s, bisect ${t.bisectBatchOnFunctionError ? 'on' : 'off'}` +
        `${t.onFailure ? ', on-failure queue' : ''}${t.filterPatterns?.length ? `, ${t.filterPatterns.length} filter(s)` : ''})`
      );
    case 'schedule':
      return `schedule \`${t.expression}\``;
  }
};

const describeAccess = (access: AccessDeclaration): string => {
  const parts: string[] = [];
  for (const grant of access.tables ?? []) {
    const indexes = grant.indexes?.length ? [`Query ${grant.indexes.join(', ')}`] : [];
    parts.push(`${grant.table}: ${[...grant.actions, ...indexes].join('; ')}`);
  }
  if (access.putEvents) parts.push(`PutEvents (${access.putEvents.sources.join(', ')})`);
  for (const grant of access.objects ?? []) {
    parts.push(`${grant.bucket}/${grant.prefix}*: ${[grant.read && 'read', grant.write && 'write'].filter(Boolean).join(', ')}`);
  }
  for (const grant of access.firehose ?? []) parts.push(`Firehose ${grant.stream}: PutRecordBatch, PutRecord`);
  return parts.join('<br>') || '—';
};

/**
 * The generated `docs/functions.md`: every declared function with its trigger, access, timeout and
 * memory, app by app. A unit test fails when the committed page is stale.
 * @example
 * writeFileSync('docs/functions.md', renderFunctionsMarkdown(platformApps));
 */
export const renderFunctionsMarkdown = (apps: readonly AppManifest[]): string => {
  const lines = [
    '# Functions',
    '',
    '<!-- Generated from the apps\' declarations (apps/*/src/manifest.ts) by `npm run docs:functions`; do not edit. -->',
    '',
    `Every function runs on Lambda \`${LAMBDA_RUNTIME}\` (${LAMBDA_ARCHITECTURE}) in the cloud and in the local runtime with the same`,
    'environment, timeout and access. An access not listed here fails with `AccessDeniedException`, locally as in AWS.',
    '',
  ];
  for (const app of apps) {
    lines.push(`## ${app.app}`, '', '| function | trigger | access | timeout | memory |', '|---|---|---|---|---|');
    for (const fn of app.functions) {
      const reserved = fn.reservedConcurrency !== undefined ? ` (reserved ${fn.reservedConcurrency})` : '';
      lines.push(
        `| \`${fn.name}\`<br>${cell(fn.description)} | ${cell(describeTrigger(fn))} | ${cell(describeAccess(fn.access))} | ${fn.timeoutSeconds} s | ${fn.memoryMb} MB${reserved} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
};
