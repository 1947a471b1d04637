import { HARNESS_TABLE_NAMES, type HarnessEnv, readHarnessState, removeHarnessState, restoreHarnessEnv, writeHarnessState } from './harness-state';

const saved: HarnessEnv = {
  AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:1234',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  ...HARNESS_TABLE_NAMES,
};
// A pid no Jest run of ours has, so the test never touches a real run's state file.
const FAKE_JEST_PID = 2 ** 22 + 17;

describe('harness state', () => {
  afterEach(() => {
    removeHarnessState(FAKE_JEST_PID);
    removeHarnessState(process.pid);
  });

  it('round-trips through the state file and is gone after removal', () => {
    writeHarnessState(saved, FAKE_JEST_PID);
    expect(readHarnessState([1, FAKE_JEST_PID])).toEqual(saved);

    removeHarnessState(FAKE_JEST_PID);
    expect(readHarnessState([FAKE_JEST_PID])).toBeUndefined();
  });

  it('restores missing variables from the state file without overriding those present', () => {
    writeHarnessState(saved, process.pid);
    const env: NodeJS.ProcessEnv = { AWS_REGION: 'eu-west-1' };

    restoreHarnessEnv(env);

    expect(env).toEqual({ ...saved, AWS_REGION: 'eu-west-1' });
  });

  it('explains how to run integration tests when there is neither environment nor state', () => {
    expect(() => restoreHarnessEnv({})).toThrow('AIRCRAFTOPS_DYNAMODB_ENDPOINT is not set and no DynamoDB Local harness state was found');
  });

  it('accepts an endpoint chosen by the caller without a state file, naming its tables unless told', () => {
    const env: NodeJS.ProcessEnv = { AIRCRAFTOPS_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AIRCRAFTOPS_CORE_TABLE: 'dev-Core' };

    expect(() => restoreHarnessEnv(env)).not.toThrow();
    expect(env).toMatchObject({ AIRCRAFTOPS_CORE_TABLE: 'dev-Core', AIRCRAFTOPS_JOBS_TABLE: 'JobsTable', AIRCRAFTOPS_AUDIT_TABLE: 'AuditEventsTable' });
  });
});
