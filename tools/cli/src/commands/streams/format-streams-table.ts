import type { StreamConsumerSummary } from '@aircraftops/local-runtime';

import { renderTable } from '../../support/render-table';
import { formatIteratorAge } from './format-iterator-age';

/**
 * The stream consumers for people: invocations, what happened to the records, the iterator age and
 * the on-failure depth; with the command that shows the failures when there are any.
 *
 * @example
 * ```ts
 * io.stdout(formatStreamsTable(await client.streams()));
 * ```
 */
export const formatStreamsTable = (streams: readonly StreamConsumerSummary[]): string => {
  if (streams.length === 0) return 'No stream consumers are running.\n';
  const table = renderTable(
    ['Consumer', 'Table', 'Invocations', 'Failed', 'Records in', 'Succeeded', 'Filtered out', 'Discarded', 'Iterator age', 'On-failure'],
    streams.map(({ name, table, stats, onFailureDepth }) => [
      name,
      table,
      stats.invocations,
      stats.failedInvocations,
      stats.recordsDelivered,
      stats.recordsSucceeded,
      stats.recordsFilteredOut,
      stats.recordsDiscarded,
      formatIteratorAge(stats.iteratorAgeMs),
      onFailureDepth,
    ]),
  );
  const failing = streams.filter((stream) => stream.onFailureDepth > 0);
  const hints = failing.map(
    (stream) =>
      `${stream.name} gave up on ${stream.onFailureDepth} ${stream.onFailureDepth === 1 ? 'batch' : 'batches'}; see them with: aircraftops streams failures ${stream.name}\n`,
  );
  return `${table}${hints.join('')}`;
};
