module.exports = { ...require('../../jest.preset.js').unit, rootDir: __dirname, displayName: '@aircraftops/event-contracts' };
