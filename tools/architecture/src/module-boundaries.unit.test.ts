import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { workspaceRoot } from '@aircraftops/local-runtime';

const root = workspaceRoot(__dirname);

/** Lints `source` as if it were the file at `filePath` (nothing is written) and returns the rule ids hit. */
const lintAs = (filePath: string, source: string): string[] => {
  const eslint = path.join(root, 'node_modules/eslint/bin/eslint.js');
  try {
    execFileSync(process.execPath, [eslint, '--format', 'json', '--stdin', '--stdin-filename', filePath], {
      cwd: root,
      input: source,
      encoding: 'utf8',
    });
    return [];
  } catch (error) {
    const output = (error as { stdout?: string }).stdout ?? '[]';
    const [result] = JSON.parse(output) as { messages: { ruleId: string | null; message: string }[] }[];
    return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
  }
};

describe('module boundaries (enforced by nx lint)', () => {
  it('an app importing another app fails lint', () => {
    const problems = lintAs('apps/aircraft/src/probe.ts', "import { manifest } from '@aircraftops/audit';\nexport const x = manifest;\n");
    expect(problems).toEqual([expect.stringContaining('@nx/enforce-module-boundaries')]);
  });

  it('a lib importing an app fails lint', () => {
    const problems = lintAs('libs/tables/src/probe.ts', "import { manifest } from '@aircraftops/aircraft';\nexport const x = manifest;\n");
    expect(problems).toEqual([expect.stringContaining('@nx/enforce-module-boundaries')]);
  });

  it('domain code importing an AWS SDK fails lint', () => {
    const problems = lintAs('libs/registry/src/probe.ts', "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const x = DynamoDBClient;\n");
    expect(problems).toEqual([expect.stringContaining('@nx/enforce-module-boundaries')]);
  });

  it('an app importing a shared lib passes', () => {
    expect(lintAs('apps/aircraft/src/probe.ts', "import { ROLES } from '@aircraftops/lambda-kit';\nexport const x = ROLES;\n")).toEqual([]);
  });
});
