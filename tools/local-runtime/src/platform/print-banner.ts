import pc from 'picocolors';

import type { Platform } from './start-platform';

/** What a newcomer needs after `npm start`: where things are and how to call the API. */
export const printBanner = (platform: Platform, options: { persistDir?: string; startedMs: number }): void => {
  const url = platform.gateway.url;
  const lines = [
    '',
    pc.bold(pc.green(`AircraftOps is up (${(options.startedMs / 1000).toFixed(1)} s)`)),
    `  HTTP API        ${pc.cyan(url)}   (health: ${url}/health)`,
    `  DynamoDB Local  ${platform.dynamodb.endpoint}  ${options.persistDir ? `persisted in ${options.persistDir}` : 'in memory'}`,
    `  EventBridge     ${platform.eventBridge.endpoint}  rules: ${platform.bus.describeRules().map((rule) => rule.name).join(', ') || 'none'}`,
    `  Streams         ${platform.streamConsumers.map((consumer) => consumer.name).join(', ') || 'none'}`,
    '',
    '  Get a token and call the API:',
    `    TOKEN=$(npx aircraftops token --role operator --sub alice)`,
    `    curl -H "authorization: Bearer $TOKEN" ${url}/aircraft/511CR`,
    '  Inspect:  npx aircraftops tables describe | npx aircraftops events tail | npx aircraftops --help',
    '',
    pc.dim('  Ctrl-C stops everything.'),
    '',
  ];
  process.stdout.write(lines.join('\n'));
};
