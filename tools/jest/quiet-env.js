// Test output should show test results: no AWS SDK "Node 22" notice, and only warnings and errors
// from the handlers' Powertools loggers (a test that checks logging sets its own level).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
