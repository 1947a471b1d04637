import Table from 'cli-table3';

import type { BenchReport, SuiteReport } from './bench-report';
import { checkTarget, describeTarget, formatNumber } from './check-target';

const STATUS_MARK = { met: 'ok', missed: 'MISSED', 'n/a': '' } as const;

const formatParameters = (parameters: SuiteReport['parameters']): string =>
  Object.entries(parameters)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join('  ');

const renderSuite = (suite: SuiteReport): string => {
  // No colours: the table is also read from logs and compared in tests.
  const table = new Table({ head: ['figure', 'value', 'unit', 'target', 'status'], style: { head: [], border: [] } });
  for (const figure of suite.figures) {
    table.push([
      figure.detail ? `${figure.label}\n  ${figure.detail}` : figure.label,
      { hAlign: 'right', content: formatNumber(figure.value) },
      figure.unit,
      describeTarget(figure.target, figure.unit),
      STATUS_MARK[checkTarget(figure)],
    ]);
  }
  const lines = [
    `== ${suite.suite}: ${suite.title} (${(suite.durationMs / 1000).toFixed(1)} s)`,
    `parameters: ${formatParameters(suite.parameters)}`,
    table.toString(),
    ...suite.notes.map((note) => `note: ${note}`),
    ...(suite.error ? [`FAILED: ${suite.error}`] : []),
  ];
  return lines.join('\n');
};

/**
 * The whole run as readable text: machine facts, then one table per suite with its parameters,
 * figures, targets and notes.
 *
 * @example
 * ```ts
 * process.stdout.write(`${renderReport(report)}\n`);
 * ```
 */
export const renderReport = (report: BenchReport): string => {
  const { machine } = report;
  const header = [
    `AircraftOps benchmarks — ${report.startedAt}`,
    `command: ${report.command}`,
    `machine: ${machine.cores} cores (${machine.cpuModel}), ${formatNumber(machine.totalMemoryMb)} MB RAM, ${machine.platform}`,
    `runtime: node ${machine.nodeVersion}, java ${machine.javaVersion}`,
  ];
  return [header.join('\n'), ...report.suites.map(renderSuite)].join('\n\n');
};
