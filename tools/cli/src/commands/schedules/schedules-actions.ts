import { CliError } from '../../support/cli-error';
import type { CommandIo } from '../../support/command-io';
import { EXIT_USAGE } from '../../support/exit-codes';
import { formatJson } from '../../support/format-json';
import { type ApiConnector, parseLimit } from '../jobs';
import { formatSchedulesTable } from './format-schedules';
import { parseFilesOption } from './parse-schedule-options';

/** `aircraftops schedules list`. @example await listSchedulesAction({}, processIo, connect); */
export const listSchedulesAction = async (
  options: { limit?: string; nextToken?: string; json?: boolean },
  io: CommandIo,
  connect: ApiConnector,
): Promise<void> => {
  const limit = parseLimit(options.limit, 100);
  const page = await (await connect()).listSchedules({ limit, nextToken: options.nextToken });
  io.stdout(options.json ? formatJson(page) : formatSchedulesTable(page));
};

/**
 * `aircraftops schedules add --name N --cron C --files k1,k2 [--timezone Z]` (admin token).
 * @example
 * await addScheduleAction({ name: 'nightly', cron: '0 2 * * *', files: 'faa/MASTER.txt' }, processIo, connect);
 */
export const addScheduleAction = async (
  options: { name: string; cron: string; files: string; timezone?: string; json?: boolean },
  io: CommandIo,
  connect: ApiConnector,
): Promise<void> => {
  if (options.name.trim() === '') throw new CliError('--name must not be blank.', EXIT_USAGE);
  const files = parseFilesOption(options.files);
  const schedule = await (await connect()).addSchedule({
    name: options.name,
    cron: options.cron,
    files,
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
  });
  io.stdout(
    options.json
      ? formatJson(schedule)
      : `Schedule ${schedule.scheduleId} added: "${schedule.cron}" (${schedule.timezone}), next run ${schedule.nextRunAt ?? 'never (disabled)'}.\n`,
  );
};

/** `aircraftops schedules remove <id>` (admin token). @example await removeScheduleAction('s1', processIo, connect); */
export const removeScheduleAction = async (scheduleId: string, io: CommandIo, connect: ApiConnector): Promise<void> => {
  await (await connect()).removeSchedule(scheduleId);
  io.stdout(`Schedule ${scheduleId} removed.\n`);
};
