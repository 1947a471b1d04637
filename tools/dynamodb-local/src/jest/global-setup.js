// Jest transforms this file and what it requires with @swc/jest, so the TypeScript sources load directly.
const { useExternalEmulator } = require('./external-emulator.ts');

/** Starts one DynamoDB Local for the test run (see start-harness.ts), unless the caller brought one. */
module.exports = async () => {
  if (useExternalEmulator()) return;
  // Required only when needed: it loads @aircraftops/tables, which the external-emulator path does not need.
  await require('./start-harness.ts').startHarness();
};
