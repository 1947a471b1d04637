// Some dependencies (@middy/* 7, jose 6) export only the `import` condition. Jest runs our code as
// CommonJS, so when the default resolution fails we retry with the ESM conditions and let @swc/jest
// transpile those files (see transformIgnorePatterns in jest.preset.js).
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    try {
      return options.defaultResolver(request, { ...options, conditions: ['import', 'node', 'default'] });
    } catch {
      throw error;
    }
  }
};
