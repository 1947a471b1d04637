import type { Command } from 'commander';

import { buildProgram } from '../../program';

// Bad arguments are refused (exit 2) before the CLI looks for a running platform.
// Settings of a parent do not reach subcommands created before them: apply them down the tree.
const quietly = (command: Command): Command => {
  command.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  command.commands.forEach(quietly);
  return command;
};
const run = (...args: string[]) => quietly(buildProgram()).parseAsync(args, { from: 'user' });

describe('ingestion commands on the command line', () => {
  it('refuse an unknown job status and an unknown file kind with exit code 2', async () => {
    await expect(run('jobs', 'list', '--status', 'done')).rejects.toMatchObject({ exitCode: 2 });
    await expect(run('ingest', 'MASTER.txt', '--kind', 'pilots')).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('--kind "pilots"') });
    await expect(run('schedules', 'add', '--name', 'n', '--cron', '0 2 * * *', '--files', 'a,,b')).rejects.toMatchObject({ exitCode: 2 });
  });

  it('require the arguments each command needs', async () => {
    await expect(run('ingest')).rejects.toMatchObject({ code: 'commander.missingArgument' });
    await expect(run('schedules', 'add', '--name', 'n')).rejects.toMatchObject({ code: 'commander.missingMandatoryOptionValue' });
    await expect(run('jobs', 'show')).rejects.toMatchObject({ code: 'commander.missingArgument' });
  });
});
