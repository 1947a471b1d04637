// Runs before each integration test file, before handlers build their loggers.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
