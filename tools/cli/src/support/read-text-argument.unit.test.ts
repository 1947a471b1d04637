import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { readTextArgument } from './read-text-argument';

describe('readTextArgument', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aircraftops-cli-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('returns inline text unchanged', () => {
    expect(readTextArgument('{"source":["a"]}', '--event-pattern', dir)).toBe('{"source":["a"]}');
  });

  it('reads file:// paths relative to the working directory, like the AWS CLI', () => {
    writeFileSync(path.join(dir, 'pattern.json'), '{"source":["b"]}');

    expect(readTextArgument('file://pattern.json', '--event-pattern', dir)).toBe('{"source":["b"]}');
  });

  it('reads absolute file:// paths', () => {
    const file = path.join(dir, 'event.json');
    writeFileSync(file, '{}');

    expect(readTextArgument(`file://${file}`, '--event', '/')).toBe('{}');
  });

  it('names the argument and the file when the file cannot be read', () => {
    const missing = path.join(dir, 'missing.json');

    expect(() => readTextArgument('file://missing.json', '--event', dir)).toThrow(
      expect.objectContaining({ exitCode: 2, message: `--event: cannot read ${missing}: ENOENT` }),
    );
  });
});
