import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

import type { TtlDeletions } from './ttl-deletions';
import { createTtlSweeper, type TtlTable } from './ttl-sweeper';

/** What `startTtlEmulation` needs. */
export interface TtlEmulationOptions {
  readonly client: DynamoDBClient;
  readonly tables: readonly TtlTable[];
  readonly deletions: TtlDeletions;
  /** Pause between passes (one page of every table per pass). Default 250 ms. */
  readonly intervalMs?: number;
  /** Items examined per table per pass. Default 1,000. */
  readonly pageSize?: number;
  readonly log?: (line: string) => void;
}

/** A running TTL emulation. */
export interface TtlEmulation {
  /** Resolves when a pass in progress has finished; no pass starts after it. */
  stop(): Promise<void>;
}

/**
 * Runs the TTL sweeper in the background: a page of every table, then a pause, for as long as the
 * platform runs. The pause follows each pass (it never overlaps the next one), so a slow DynamoDB Local
 * under a bulk load is swept less often rather than piled up on. A table of up to `pageSize` items is
 * swept whole every pass, so an item expires within about a second of its TTL; a larger one within
 * (items / pageSize) passes. A failed pass (e.g. DynamoDB Local restarting) is logged and retried.
 * @example
 * const ttl = startTtlEmulation({ client, tables, deletions, log });
 * await ttl.stop();
 */
export const startTtlEmulation = (options: TtlEmulationOptions): TtlEmulation => {
  const sweeper = createTtlSweeper({ client: options.client, tables: options.tables, deletions: options.deletions, pageSize: options.pageSize, log: options.log });
  const intervalMs = options.intervalMs ?? 250;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let lastError = '';

  const loop = async (): Promise<void> => {
    while (!stopped) {
      try {
        await sweeper.pass();
        lastError = '';
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        // Logged once per distinct error, not every 250 ms.
        if (message !== lastError) options.log?.(`[ttl] sweep failed (retrying): ${message}`);
        lastError = message;
      }
      if (stopped) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, intervalMs);
      });
    }
  };
  const running = loop();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await running;
    },
  };
};
