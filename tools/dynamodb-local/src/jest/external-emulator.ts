import { LOCAL_CREDENTIALS } from '../launcher/wait-until-ready';

/**
 * With AIRCRAFTOPS_DYNAMODB_ENDPOINT already set, the caller's emulator is used as it is: nothing is
 * started, no table is created and nothing is written (warm-up writes would reach the stream consumers of
 * a running local runtime). Only missing AWS variables are defaulted.
 * @returns true when an external emulator is configured.
 * @example
 * if (useExternalEmulator()) return; // in the global setup
 */
export const useExternalEmulator = (env: NodeJS.ProcessEnv = process.env): boolean => {
  // The SDK warns on Node 20 that its 2027 releases will need Node 22: noise in every test file's output
  // (engines allows Node 20.19). A caller who wants the warning sets the variable to anything else.
  env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  if (!env['AIRCRAFTOPS_DYNAMODB_ENDPOINT']) return false;
  env['AWS_REGION'] ??= 'us-east-1';
  env['AWS_ACCESS_KEY_ID'] ??= LOCAL_CREDENTIALS.accessKeyId;
  env['AWS_SECRET_ACCESS_KEY'] ??= LOCAL_CREDENTIALS.secretAccessKey;
  return true;
};
