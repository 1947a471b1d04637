// Runs before every test file, in the worker. It needs only the state file, not the launcher: keep it light.
require('./harness-state.ts').restoreHarnessEnv();
