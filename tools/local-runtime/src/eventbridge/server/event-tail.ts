import type { ServerResponse } from 'node:http';

import type { CompiledPattern } from '../compile-pattern';
import type { LocalEventBus } from '../local-event-bus';

/** Comment lines keep idle proxies and clients from timing the stream out. */
const HEARTBEAT_MS = 15_000;

/**
 * Streams accepted events to one client as Server-Sent Events (`event: event`, `id: <event id>`,
 * `data: <event JSON>`), optionally only those `filter` accepts. Returns a function that ends the stream.
 *
 * @example
 * ```ts
 * const end = streamEvents(response, bus, bus.compilePattern({ source: ['aircraftops.aircraft'] }));
 * ```
 */
export function streamEvents(
  response: ServerResponse,
  bus: LocalEventBus,
  filter: CompiledPattern | undefined,
): () => void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  // The first bytes tell the client the subscription is live before any event arrives.
  response.write(': tailing\n\n');
  const unsubscribe = bus.onEvent((event) => {
    if (filter && !filter.matches(event)) return;
    response.write(`id: ${event.id}\nevent: event\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    response.end();
  };
  response.on('close', end);
  return end;
}
