import { parseDurationSeconds } from './parse-duration-seconds';

describe('parseDurationSeconds', () => {
  it.each([
    ['90', 90],
    ['30s', 30],
    ['15m', 900],
    ['8h', 28_800],
    ['7d', 604_800],
  ])('reads %s as %d seconds', (value, seconds) => {
    expect(parseDurationSeconds(value, '--expires-in')).toBe(seconds);
  });

  it.each(['0', '0h', '-1h', '8 hours', '1.5h', 'h', ''])('rejects %j with exit code 2', (value) => {
    expect(() => parseDurationSeconds(value, '--expires-in')).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringContaining(`--expires-in "${value}" is not a positive duration`) }),
    );
  });
});
