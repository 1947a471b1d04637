export interface PlatformOptions {
  /** Gateway port (0 = any free port). */
  readonly port: number;
  /** Keep tables, queues, archive and checkpoints here across restarts; in memory when undefined. */
  readonly persistDir?: string;
  /** Local state: issuer keys, runtime.json, the dataset store. */
  readonly home: string;
  readonly region?: string;
  /** Publish runtime.json so the CLI finds this platform (off for tests running several platforms). */
  readonly publishState?: boolean;
  readonly log?: (line: string) => void;
}
