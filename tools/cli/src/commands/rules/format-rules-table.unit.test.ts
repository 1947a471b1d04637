import type { RuleSummary } from '@aircraftops/local-runtime';

import { formatRulesTable } from './format-rules-table';

const rule = (overrides: Partial<RuleSummary> & { name: string }): RuleSummary => ({
  description: 'test',
  eventPattern: { source: ['aircraftops.aircraft'] },
  queueArn: `arn:aws:sqs:us-east-1:000000000000:${overrides.name}`,
  dlqArn: `arn:aws:sqs:us-east-1:000000000000:${overrides.name}-dlq`,
  batchSize: 10,
  maxReceiveCount: 3,
  visibilityTimeoutSeconds: 30,
  maximumConcurrency: 5,
  maximumBatchingWindowInSeconds: 0,
  available: 0,
  inFlight: 0,
  deadLetters: 0,
  ...overrides,
});

const rowOf = (table: string, name: string): string[] =>
  (table.split('\n').find((line) => line.includes(` ${name} `)) ?? '')
    .split('│')
    .map((cell) => cell.trim())
    .filter((cell, index, cells) => index > 0 && index < cells.length - 1);

describe('formatRulesTable', () => {
  it('shows queue depth, in flight, DLQ depth and max receives per rule', () => {
    const table = formatRulesTable([rule({ name: 'audit-all-events', available: 4, inFlight: 2, deadLetters: 1, maxReceiveCount: 5 }), rule({ name: 'aircraft-read-model' })]);

    expect(table.split('\n')[1]).toMatch(/Rule\s+│ Queue\s+│ In flight\s+│ DLQ\s+│ Max receives\s+│ Event pattern/);
    expect(rowOf(table, 'audit-all-events')).toEqual(['audit-all-events', '4', '2', '1', '5', '{"source":["aircraftops.aircraft"]}']);
    expect(rowOf(table, 'aircraft-read-model')).toEqual(['aircraft-read-model', '0', '0', '0', '3', '{"source":["aircraftops.aircraft"]}']);
  });

  it('shortens a long pattern with an ellipsis', () => {
    const eventPattern = { source: ['aircraftops.aircraft'], 'detail-type': ['AircraftRegistered', 'AircraftUpdated', 'AircraftDeregistered'] };

    const [, , , , , shown] = rowOf(formatRulesTable([rule({ name: 'r', eventPattern })]), 'r');

    expect(shown).toHaveLength(60);
    expect(shown?.endsWith('…')).toBe(true);
    expect(JSON.stringify(eventPattern).startsWith(shown?.slice(0, -1) ?? '?')).toBe(true);
  });

  it('says so when the bus has no rules', () => {
    expect(formatRulesTable([])).toBe('The bus has no rules.\n');
  });
});
