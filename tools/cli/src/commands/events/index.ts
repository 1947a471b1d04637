import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { resolveEventBridgeEndpoint } from '../../support/resolve-endpoints';
import { replayEvents } from './replay-events';
import { tailEvents } from './tail-events';
import { runTestPattern } from './test-pattern';

export { formatEventLine } from './format-event-line';
export { replayEvents } from './replay-events';
export type { ReplayEventsOptions } from './replay-events';
export { tailEvents } from './tail-events';
export type { TailEventsOptions } from './tail-events';
export { runTestPattern } from './test-pattern';
export type { TestPatternOptions } from './test-pattern';

const ENDPOINT_HELP = 'local EventBridge endpoint (default: the running local platform)';

/**
 * `aircraftops events test-pattern | tail | replay`.
 *
 * @example
 * ```ts
 * registerEventsCommands(program);
 * ```
 */
export const registerEventsCommands = (program: Command): void => {
  const events = program.command('events').description('Test event patterns, follow, and replay the events of the local bus');

  events
    .command('test-pattern')
    .description('Does an event match an EventBridge event pattern? The local twin of `aws events test-event-pattern`; needs no running platform')
    .requiredOption('--event-pattern <json>', 'the event pattern: JSON, or file://path')
    .requiredOption('--event <json>', 'the event: JSON, or file://path')
    .addHelpText(
      'after',
      `
Prints {"Result": true} or {"Result": false} and exits 0; an invalid pattern or event exits 2 with
EventBridge's exception and reason on stderr.

Example:
  $ aircraftops events test-pattern --event-pattern '{"source":["aircraftops.aircraft"]}' \\
      --event file://event.json`,
    )
    .action((options: { eventPattern: string; event: string }) => runTestPattern(options, processIo));

  events
    .command('tail')
    .description('Print events as the running bus accepts them, one line each, until Ctrl-C')
    .option('--pattern <json>', 'only events matching this event pattern: JSON, or file://path')
    .option('--json', 'print each event as one line of JSON (for jq)')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .addHelpText(
      'after',
      `
Each line: time, source, detail-type, entity (from detail.metadata.entity); replayed events are marked.

Example:
  $ aircraftops events tail --pattern '{"detail-type":[{"prefix":"Aircraft"}]}'`,
    )
    .action(async (options: { pattern?: string; json?: boolean; endpoint?: string }) => {
      const controller = new AbortController();
      // Left installed to the end: the terminal and bin/aircraftops.js both deliver Ctrl-C, and a
      // second SIGINT after removal would kill the process instead of letting it exit 0.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());
      const endpoint = resolveEventBridgeEndpoint(options.endpoint);
      await tailEvents({ endpoint, pattern: options.pattern, json: options.json, signal: controller.signal }, processIo);
    });

  events
    .command('replay')
    .description('Re-deliver archived events of a time range to every matching rule, or to one')
    .requiredOption('--from <time>', 'start of the range: ISO-8601 with a zone, relative (-15m, -2h, -1d) or now')
    .option('--to <time>', 'end of the range (inclusive), same forms', 'now')
    .option('--rule <name>', 're-deliver to this rule only (see `aircraftops rules list`)')
    .option('--json', 'print the result as JSON')
    .option('--endpoint <url>', ENDPOINT_HELP)
    .addHelpText(
      'after',
      `
Times select on when the bus accepted each event. Replayed events carry "replay-name".

Examples:
  $ aircraftops events replay --from -15m
  $ aircraftops events replay --from 2024-05-01T00:00:00Z --to 2024-05-01T06:00:00Z --rule audit-all-events`,
    )
    .action(async (options: { from: string; to: string; rule?: string; json?: boolean; endpoint?: string }) => {
      await replayEvents({ ...options, endpoint: resolveEventBridgeEndpoint(options.endpoint) }, processIo);
    });
};
