import type { RuleSummary } from '@aircraftops/local-runtime';

import { renderTable } from '../../support/render-table';
import { truncateText } from '../../support/truncate-text';

const PATTERN_WIDTH = 60;

/**
 * The rules of the bus for people: queue depth, in flight and DLQ depth first, the pattern last
 * (shortened; `--json` has it whole).
 *
 * @example
 * ```ts
 * io.stdout(formatRulesTable(await client.rules()));
 * ```
 */
export const formatRulesTable = (rules: readonly RuleSummary[]): string => {
  if (rules.length === 0) return 'The bus has no rules.\n';
  return renderTable(
    ['Rule', 'Queue', 'In flight', 'DLQ', 'Max receives', 'Event pattern'],
    rules.map((rule) => [rule.name, rule.available, rule.inFlight, rule.deadLetters, rule.maxReceiveCount, truncateText(JSON.stringify(rule.eventPattern), PATTERN_WIDTH)]),
  );
};
