import { CliError } from './cli-error';
import { parseTimeArgument } from './parse-time-argument';

const now = new Date('2024-05-01T12:00:00.000Z');

describe('parseTimeArgument', () => {
  it.each([
    ['now', '2024-05-01T12:00:00.000Z'],
    ['-30s', '2024-05-01T11:59:30.000Z'],
    ['-15m', '2024-05-01T11:45:00.000Z'],
    ['-2h', '2024-05-01T10:00:00.000Z'],
    ['-1d', '2024-04-30T12:00:00.000Z'],
    ['2024-04-01T08:30:00Z', '2024-04-01T08:30:00.000Z'],
    ['2024-04-01T08:30:00.250+02:00', '2024-04-01T06:30:00.250Z'],
    ['2024-04-01', '2024-04-01T00:00:00.000Z'],
  ])('reads %s', (value, expected) => {
    expect(parseTimeArgument(value, '--from', now).toISOString()).toBe(expected);
  });

  it.each(['yesterday', '15m', '+15m', '-15x', '2024-04-01T08:30:00', '2024-13-01T00:00:00Z', ''])(
    'rejects %j as a usage error naming the argument',
    (value) => {
      let thrown: unknown;
      try {
        parseTimeArgument(value, '--to', now);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CliError);
      expect(thrown).toMatchObject({ exitCode: 2, message: expect.stringContaining(`--to "${value}" is not a time`) });
    },
  );
});
