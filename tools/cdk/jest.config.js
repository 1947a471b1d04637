// Template tests synthesise real stacks: give them time on a 2-core machine (one synth per stack is shared).
module.exports = { ...require('../../jest.preset.js').unit, rootDir: __dirname, displayName: '@aircraftops/cdk', testTimeout: 120_000 };
