/**
 * The variables the local runtime adds to a function's declared environment (what the cloud provides
 * otherwise: the region, credentials, service endpoints) — and nothing else. A dataset folder replaces
 * the bucket only for functions with object access; the log level is the runtime's choice.
 */
export interface LocalEnvironment {
  readonly region: string;
  /** DynamoDB Local's URL. */
  readonly dynamodbEndpoint?: string;
  /** The EventBridge emulation's URL. */
  readonly eventBridgeEndpoint?: string;
  /** The folder standing in for the datasets bucket. */
  readonly dataDir?: string;
  /** `POWERTOOLS_LOG_LEVEL` of every function. */
  readonly logLevel?: string;
  /**
   * `AIRCRAFTOPS_CORS_ORIGINS` of every HTTP function: the browser origins allowed to call the local
   * gateway. None: no CORS headers (lambda-kit fails closed, as a deployed function without the variable).
   */
  readonly corsOrigins?: readonly string[];
  /** Dummy keys: the emulators need signed requests but accept any keys. Default `local`/`local`. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/**
 * A local environment from a process's variables (integration tests: the Jest harness sets the
 * endpoint, region and keys in the test process).
 * @example
 * const local = localEnvironmentFrom(process.env); // { region: 'us-east-1', dynamodbEndpoint: 'http://127.0.0.1:…', … }
 */
export const localEnvironmentFrom = (env: Readonly<Record<string, string | undefined>>): LocalEnvironment => ({
  region: env['AWS_REGION'] || 'us-east-1',
  dynamodbEndpoint: env['AIRCRAFTOPS_DYNAMODB_ENDPOINT'] || undefined,
  eventBridgeEndpoint: env['AIRCRAFTOPS_EVENTBRIDGE_ENDPOINT'] || undefined,
  dataDir: env['AIRCRAFTOPS_DATA_DIR'] || undefined,
  logLevel: env['POWERTOOLS_LOG_LEVEL'] || undefined,
  credentials:
    env['AWS_ACCESS_KEY_ID'] && env['AWS_SECRET_ACCESS_KEY']
      ? { accessKeyId: env['AWS_ACCESS_KEY_ID'], secretAccessKey: env['AWS_SECRET_ACCESS_KEY'] }
      : undefined,
});
