import type { Command } from 'commander';
import { CommanderError } from 'commander';

import { buildProgram } from './program';

/** The program with every command throwing instead of exiting, and its output captured. */
const testProgram = () => {
  const program = buildProgram();
  let output = '';
  const quiet = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: (text) => void (output += text), writeErr: (text) => void (output += text) });
    command.commands.forEach(quiet);
  };
  quiet(program);
  return { program, output: () => output };
};

const parseError = async (...args: string[]): Promise<{ error: CommanderError; output: string }> => {
  const { program, output } = testProgram();
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { error, output: output() };
    throw error;
  }
  throw new Error(`aircraftops ${args.join(' ')} did not fail`);
};

describe('aircraftops command line', () => {
  it('registers the events, rules, dlq, streams and token commands', () => {
    const names = (command: Command, prefix = ''): string[] =>
      command.commands.flatMap((sub) => [`${prefix}${sub.name()}`, ...names(sub, `${prefix}${sub.name()} `)]);

    expect(names(buildProgram())).toEqual(
      expect.arrayContaining(['events test-pattern', 'events tail', 'events replay', 'rules list', 'dlq list', 'dlq redrive', 'streams list', 'streams failures', 'token', 'tables describe']),
    );
  });

  it.each([
    [['events', 'test-pattern', '--event', '{}'], "required option '--event-pattern <json>' not specified"],
    [['events', 'test-pattern', '--event-pattern', '{}'], "required option '--event <json>' not specified"],
    [['events', 'replay', '--to', 'now'], "required option '--from <time>' not specified"],
    [['token'], "required option '--role <role>' not specified"],
    [['dlq', 'list'], "missing required argument 'rule'"],
    [['dlq', 'redrive'], "missing required argument 'rule'"],
    [['streams', 'failures'], "missing required argument 'consumer'"],
  ])('rejects `aircraftops %s` with a precise message', async (args, message) => {
    const { error, output } = await parseError(...args);

    expect(error.exitCode).toBe(1);
    expect(output).toContain(message);
  });

  it.each([
    [['events', 'test-pattern'], ['--event-pattern <json>', 'file://path', '{"Result": true}', 'exits 2']],
    [['events', 'tail'], ['--pattern <json>', '--json', '--endpoint <url>', 'Ctrl-C']],
    [['events', 'replay'], ['--from <time>', '--to <time>', '--rule <name>', '-15m']],
    [['rules', 'list'], ['In flight', 'DLQ', '--json']],
    [['dlq', 'list'], ['<rule>', '--json', '--endpoint <url>']],
    [['streams', 'failures'], ['<consumer>', '--json', '--endpoint <url>', '--dynamodb-endpoint <url>']],
    [['token'], ['--role <role>', 'viewer, operator, admin', '--expires-in <duration>', 'TOKEN=$(npx aircraftops token --role operator)']],
  ])('documents `aircraftops %s --help`', async (args, expected) => {
    const { error, output } = await parseError(...args, '--help');

    expect(error.code).toBe('commander.helpDisplayed');
    for (const text of expected) expect(output).toContain(text);
  });
});
