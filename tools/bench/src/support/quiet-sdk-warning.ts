// The AWS SDK prints a multi-line "Node 22 will be required" notice on Node 20 at the first client.
// README states the Node requirement; the notice only buries the platform's own output.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
