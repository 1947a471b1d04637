const path = require('node:path');

const swc = require('./tools/jest/swc.config.js');

const base = {
  testEnvironment: 'node',
  resolver: path.join(__dirname, 'tools/jest/resolver.js'),
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  // ESM-only packages must be transpiled to CommonJS like our own code.
  transformIgnorePatterns: ['node_modules/(?!(@middy|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  cacheDirectory: path.join(__dirname, '.nx/jest-cache'),
  setupFiles: [path.join(__dirname, 'tools/jest/quiet-env.js'), path.join(__dirname, 'tools/dynamodb-local/src/jest/platform-env.js')],
};

module.exports = {
  /** Unit tests: no network, no emulator. */
  unit: { ...base, testMatch: ['<rootDir>/src/**/*.unit.test.ts'] },
  /** Integration tests: one DynamoDB Local per run, started by the global setup. */
  integration: {
    ...base,
    testMatch: ['<rootDir>/src/**/*.integration.test.ts'],
    globalSetup: path.join(__dirname, 'tools/dynamodb-local/src/jest/global-setup.js'),
    globalTeardown: path.join(__dirname, 'tools/dynamodb-local/src/jest/global-teardown.js'),
    setupFiles: [...base.setupFiles, path.join(__dirname, 'tools/dynamodb-local/src/jest/setup-env.js')],
    testTimeout: 60_000,
  },
};
