import { request } from 'node:http';

import type { EventBridgeEvent } from '@aircraftops/local-runtime';

import { ControlApiError } from './control-api-error';
import { SseParser } from './sse-parser';

/** Options of {@link openEventStream}. */
export interface EventStreamOptions {
  readonly endpoint: string;
  /** Only events this EventBridge pattern matches (the server validates it). */
  readonly pattern?: unknown;
  /** Aborting ends the stream: the promise then resolves. */
  readonly signal: AbortSignal;
  readonly onEvent: (event: EventBridgeEvent) => void;
  /** Called once the server has subscribed: events put from now on are delivered. */
  readonly onReady?: () => void;
}

/**
 * Follows the local bus's live tail (`GET /_local/events/tail`, Server-Sent Events) until `signal`
 * aborts, which resolves the promise. The server refusing the request (an invalid pattern), going
 * away or ending the stream rejects it with a {@link ControlApiError}: a tail never stops silently.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * process.once('SIGINT', () => controller.abort());
 * await openEventStream({ endpoint, signal: controller.signal, onEvent: (event) => console.log(event.id) });
 * ```
 */
export const openEventStream = (options: EventStreamOptions): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const { endpoint, signal } = options;
    if (signal.aborted) return resolve();
    const url = new URL('/_local/events/tail', endpoint);
    if (options.pattern !== undefined) url.searchParams.set('pattern', JSON.stringify(options.pattern));
    const outgoing = request(url, { method: 'GET', agent: false, headers: { accept: 'text/event-stream' } });
    const onAbort = (): void => {
      outgoing.destroy();
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const fail = (error: ControlApiError): void => {
      signal.removeEventListener('abort', onAbort);
      outgoing.destroy();
      reject(error);
    };
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted) return;
      fail(new ControlApiError('unreachable', undefined, `Cannot reach the local EventBridge at ${url.origin}: ${error.code ?? error.message}. Is \`npm start\` running?`, { cause: error }));
    });
    outgoing.on('response', (response) => {
      response.setEncoding('utf8');
      if (response.statusCode !== 200) {
        let text = '';
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => fail(refusal(text, response.statusCode ?? 0)));
        return;
      }
      const parser = new SseParser((message) => {
        if (message.event !== 'event') return;
        try {
          options.onEvent(JSON.parse(message.data) as EventBridgeEvent);
        } catch (error) {
          fail(new ControlApiError('badResponse', 200, `The event stream sent an event that could not be shown: ${(error as Error).message}`, { cause: error }));
        }
      });
      response.on('data', (chunk: string) => parser.push(chunk));
      response.on('close', () => {
        if (!signal.aborted) fail(new ControlApiError('streamEnded', 200, 'The local platform ended the event stream (was `npm start` stopped?).'));
      });
      options.onReady?.();
    });
    outgoing.end();
  });

const refusal = (text: string, status: number): ControlApiError => {
  try {
    const { error } = JSON.parse(text) as { error: { code: string; message: string } };
    return new ControlApiError(error.code, status, error.message);
  } catch {
    return new ControlApiError('httpError', status, `The event stream was refused with HTTP ${status}.`);
  }
};
