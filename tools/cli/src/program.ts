import { Command } from 'commander';

import { registerTablesCommands } from './commands/tables';

/** The `aircraftops` command tree; each command group registers itself from its own file. */
export const buildProgram = (): Command => {
  const program = new Command('aircraftops')
    .description('AircraftOps developer CLI: the local platform, tables, tokens, events, ingestion jobs')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  registerTablesCommands(program);
  return program;
};
