module.exports = { ...require('../../jest.preset.js').integration, rootDir: __dirname, displayName: '@aircraftops/aircraft:integration' };
