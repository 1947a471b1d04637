module.exports = { ...require('../../jest.preset.js').integration, rootDir: __dirname, displayName: '@aircraftops/dynamodb-local:integration' };
