const preset = require('../../jest.preset.js').integration;

module.exports = {
  ...preset,
  rootDir: __dirname,
  displayName: '@aircraftops/aircraft:integration',
  // Every rejected request logs at INFO; keep test output to warnings and errors.
  setupFiles: [...preset.setupFiles, require('node:path').join(__dirname, 'jest.log-level.js')],
};
