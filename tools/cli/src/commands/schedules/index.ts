import type { Command } from 'commander';

import { processIo } from '../../support/command-io';
import { connectIngestionApi, DEFAULT_SUBJECT } from '../jobs';
import { addScheduleAction, listSchedulesAction, removeScheduleAction } from './schedules-actions';

export { formatSchedulesTable } from './format-schedules';
export { parseFilesOption } from './parse-schedule-options';
export { addScheduleAction, listSchedulesAction, removeScheduleAction } from './schedules-actions';

const AS_HELP = `subject of the CLI's tokens (default ${DEFAULT_SUBJECT})`;

/**
 * `aircraftops schedules list|add|remove`: recurring ingestions (the nightly registry refresh).
 * @example
 * registerSchedulesCommands(program);
 */
export const registerSchedulesCommands = (program: Command): void => {
  const schedules = program.command('schedules').description('Recurring ingestions: run a dataset on a cron schedule');
  schedules
    .command('list')
    .description('Schedules, soonest next run first')
    .option('--limit <n>', 'schedules per page, 1 to 100 (default 25)')
    .option('--next-token <token>', 'the page after the one that printed this token')
    .option('--json', 'print the page as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (options: { limit?: string; nextToken?: string; json?: boolean; as?: string }) => {
      await listSchedulesAction(options, processIo, () => connectIngestionApi(options));
    });
  schedules
    .command('add')
    .description('Add a schedule (admin)')
    .requiredOption('--name <name>', 'what it is, e.g. "nightly registry refresh"')
    .requiredOption('--cron <expression>', 'five fields: minute hour day-of-month month day-of-week, e.g. "0 2 * * *"')
    .requiredOption('--files <keys>', 'dataset-store keys, comma-separated, e.g. faa/MASTER.txt,faa/ACFTREF.txt')
    .option('--timezone <zone>', 'IANA time zone the cron is read in (default UTC)')
    .option('--json', 'print the schedule as JSON')
    .option('--as <sub>', AS_HELP)
    .action(async (options: { name: string; cron: string; files: string; timezone?: string; json?: boolean; as?: string }) => {
      await addScheduleAction(options, processIo, () => connectIngestionApi(options));
    });
  schedules
    .command('remove')
    .description('Remove a schedule (admin); jobs it started stay')
    .argument('<id>', 'schedule id')
    .option('--as <sub>', AS_HELP)
    .action(async (id: string, options: { as?: string }) => {
      await removeScheduleAction(id, processIo, () => connectIngestionApi(options));
    });
};
