import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { LocalEventBus } from '../local-event-bus';
import { AwsJsonError } from './aws-json-error';
import { runAwsJsonOperation } from './aws-json-operations';
import { handleControlRequest } from './control-api';
import { sendJson } from './json-response';
import { BodyTooLargeError, readBody } from './read-body';
import type { StreamsControl } from './streams-control';

const AWS_JSON = 'application/x-amz-json-1.1';

/** Options of the local EventBridge endpoint. */
export interface EventBridgeServerOptions {
  readonly bus: LocalEventBus;
  /** 0 or omitted: an ephemeral port. */
  readonly port?: number;
  readonly host?: string;
  /** Serves `GET /_local/streams[/<consumer>/failures]` from these stream consumers; those answer 404 without it. */
  readonly streams?: StreamsControl;
}

/** A running endpoint. `close` ends tail streams and open connections; it does not close the bus. */
export interface EventBridgeServer {
  /** `http://127.0.0.1:<port>`: give it to `new EventBridgeClient({ endpoint })`. */
  readonly endpoint: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts the local EventBridge endpoint: the AWS JSON 1.1 API (`PutEvents`, `TestEventPattern`) on
 * `POST /`, so the real `@aws-sdk/client-eventbridge` works by changing only its endpoint, plus the
 * `/_local/` control API.
 *
 * @example
 * ```ts
 * const server = await startEventBridgeServer({ bus, port: 4010, host: '127.0.0.1' });
 * const client = new EventBridgeClient({ endpoint: server.endpoint, region: 'us-east-1',
 *   credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
 * await server.close();
 * ```
 */
export async function startEventBridgeServer(options: EventBridgeServerOptions): Promise<EventBridgeServer> {
  const host = options.host ?? '127.0.0.1';
  const tails = new Set<() => void>();
  const server = createServer((request, response) => {
    void handle(options, request, response, (end) => {
      tails.add(end);
      response.on('close', () => tails.delete(end));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    close: async () => {
      for (const end of tails) end();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // SDK clients keep connections alive; without this `close` would wait for them to idle out.
        server.closeAllConnections();
      });
    },
  };
}

async function handle(
  { bus, streams }: EventBridgeServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  onStream: (end: () => void) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://local');
  if (url.pathname.startsWith('/_local/')) {
    await handleControlRequest(bus, streams, request, response, url, onStream);
    return;
  }
  response.setHeader('x-amzn-requestid', randomUUID());
  try {
    if (request.method !== 'POST' || url.pathname !== '/') {
      throw new AwsJsonError('UnknownOperationException', `The local EventBridge answers POST / only, not ${request.method} ${url.pathname}.`, 404);
    }
    const target = request.headers['x-amz-target'];
    const body = await readBody(request);
    const output = runAwsJsonOperation(bus, Array.isArray(target) ? target[0] : target, body);
    sendJson(response, 200, output, AWS_JSON);
  } catch (error) {
    const failure =
      error instanceof AwsJsonError
        ? error
        : error instanceof BodyTooLargeError
          ? new AwsJsonError('ValidationException', error.message, 413)
          : new AwsJsonError('InternalException', 'Internal Service Failure', 500);
    sendJson(response, failure.status, { __type: failure.type, message: failure.message }, AWS_JSON);
  }
}
