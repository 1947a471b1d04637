import { currentEnv, currentFunctionScope, runInFunctionScope } from './function-scope';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('function scopes', () => {
  it('outside any scope the environment is process.env (the cloud case)', () => {
    expect(currentFunctionScope()).toBeUndefined();
    expect(currentEnv()).toBe(process.env);
  });

  it('two functions running concurrently each see only their own environment, across awaits', async () => {
    const seen: string[] = [];
    const run = (name: string, table: string) =>
      runInFunctionScope({ name, env: { TABLE: table } }, async () => {
        await tick();
        seen.push(`${currentFunctionScope()?.name}:${currentEnv()['TABLE']}`);
        await tick();
        seen.push(`${currentFunctionScope()?.name}:${currentEnv()['TABLE']}`);
      });

    await Promise.all([run('a', 'A'), run('b', 'B')]);

    expect(seen.sort()).toEqual(['a:A', 'a:A', 'b:B', 'b:B']);
    expect(process.env['TABLE']).toBeUndefined();
  });
});
