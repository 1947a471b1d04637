// Runs in the same process as global-setup.js, which left the emulator's handle on globalThis.
const { stopHarness } = require('./harness-handle.ts');

/** Stops the DynamoDB Local the global setup started. */
module.exports = async () => {
  await stopHarness();
};
