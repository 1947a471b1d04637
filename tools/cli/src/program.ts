import { Command } from 'commander';

import { registerAuditCommands } from './commands/audit';
import { registerDatasetCommands } from './commands/dataset';
import { registerDlqCommands } from './commands/dlq';
import { registerEventsCommands } from './commands/events';
import { registerIngestCommand } from './commands/ingest';
import { registerJobsCommands } from './commands/jobs';
import { registerSchedulesCommands } from './commands/schedules';
import { registerRulesCommands } from './commands/rules';
import { registerStreamsCommands } from './commands/streams';
import { registerTablesCommands } from './commands/tables';
import { registerTokenCommand } from './commands/token';

/** The `aircraftops` command tree; each command group registers itself from its own file. */
export const buildProgram = (): Command => {
  const program = new Command('aircraftops')
    .description('AircraftOps developer CLI: the local platform, tables, tokens, events, ingestion jobs')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  registerTablesCommands(program);
  registerDatasetCommands(program);
  registerEventsCommands(program);
  registerRulesCommands(program);
  registerDlqCommands(program);
  registerStreamsCommands(program);
  registerTokenCommand(program);
  registerIngestCommand(program);
  registerJobsCommands(program);
  registerSchedulesCommands(program);
  registerAuditCommands(program);
  return program;
};
