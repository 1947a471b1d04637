import { useExternalEmulator } from './external-emulator';
import { stopHarness } from './harness-handle';

describe('useExternalEmulator', () => {
  it('reuses the endpoint chosen by the caller, keeping their credentials and filling in what is missing', () => {
    const env: NodeJS.ProcessEnv = { AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_ACCESS_KEY_ID: 'mine' };

    expect(useExternalEmulator(env)).toBe(true);

    expect(env).toMatchObject({
      AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'mine',
      AWS_SECRET_ACCESS_KEY: 'local',
    });
  });

  it('asks for an emulator of its own when no endpoint is set, leaving the AWS variables alone', () => {
    const env: NodeJS.ProcessEnv = {};

    expect(useExternalEmulator(env)).toBe(false);
    expect(env['AWS_REGION']).toBeUndefined();
  });

  it('has nothing to stop at teardown when no emulator was started', async () => {
    await expect(stopHarness()).resolves.toBeUndefined();
  });
});
