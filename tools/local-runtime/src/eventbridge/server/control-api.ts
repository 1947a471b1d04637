import type { IncomingMessage, ServerResponse } from 'node:http';

import { LocalEventBridgeError } from '../errors';
import type { LocalEventBus } from '../local-event-bus';
import { ControlApiError, expectMethod } from './control-api-error';
import { streamEvents } from './event-tail';
import { sendJson } from './json-response';
import { readBody } from './read-body';
import type { StreamsControl } from './streams-control';
import { routeStreams } from './streams-routes';

/**
 * Serves the JSON control API under `/_local/` used by the `aircraftops` CLI:
 * `GET rules`, `GET events/tail[?pattern=<json>]` (SSE), `POST replay`, `GET dlq/<rule>`,
 * `POST dlq/<rule>/redrive`, and with a `streams` provider `GET streams` and
 * `GET streams/<consumer>/failures`. `onStream` receives the closer of each SSE stream.
 *
 * @example
 * ```ts
 * if (url.pathname.startsWith('/_local/')) await handleControlRequest(bus, streams, request, response, url, track);
 * ```
 */
export async function handleControlRequest(
  bus: LocalEventBus,
  streams: StreamsControl | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  onStream: (end: () => void) => void,
): Promise<void> {
  try {
    await route(bus, streams, request, response, url, onStream);
  } catch (error) {
    if (error instanceof ControlApiError) {
      sendJson(response, error.status, { error: { code: error.code, message: error.message } });
    } else if (LocalEventBridgeError.is(error)) {
      const status = error.code === 'eventbridge.unknownRule' ? 404 : error.code === 'eventbridge.closed' ? 503 : 400;
      sendJson(response, status, { error: { code: error.code, message: error.message } });
    } else {
      sendJson(response, 500, { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
    }
  }
}

async function route(
  bus: LocalEventBus,
  streams: StreamsControl | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  onStream: (end: () => void) => void,
): Promise<void> {
  const path = url.pathname.replace(/\/+$/, '');
  const method = request.method ?? 'GET';
  if (path === '/_local/rules') {
    expectMethod(method, 'GET');
    return sendJson(response, 200, { rules: bus.describeRules() });
  }
  if (path === '/_local/events/tail') {
    expectMethod(method, 'GET');
    const patternText = url.searchParams.get('pattern');
    const filter = patternText === null ? undefined : bus.compilePattern(parsePatternParam(patternText));
    onStream(streamEvents(response, bus, filter));
    return;
  }
  if (path === '/_local/replay') {
    expectMethod(method, 'POST');
    const body = await readJsonObject(request);
    for (const field of ['from', 'to'] as const) {
      if (typeof body[field] !== 'string' && typeof body[field] !== 'number') {
        throw new ControlApiError(400, 'badRequest', `Body field "${field}" is required: an ISO-8601 time or epoch milliseconds.`);
      }
    }
    if (body.rule !== undefined && typeof body.rule !== 'string') {
      throw new ControlApiError(400, 'badRequest', 'Body field "rule" must be a rule name.');
    }
    const replayed = await bus.replay({ from: body.from as string | number, to: body.to as string | number, rule: body.rule });
    return sendJson(response, 200, { replayed });
  }
  if (routeStreams(streams, method, path, response)) return;
  const dlq = /^\/_local\/dlq\/([^/]+)(\/redrive)?$/.exec(path);
  if (dlq) {
    const rule = decodeURIComponent(dlq[1] ?? '');
    if (dlq[2]) {
      expectMethod(method, 'POST');
      return sendJson(response, 200, { rule, redriven: bus.redrive(rule) });
    }
    expectMethod(method, 'GET');
    return sendJson(response, 200, { rule, messages: bus.listDeadLetters(rule) });
  }
  throw new ControlApiError(404, 'notFound', `No control endpoint ${method} ${url.pathname}.`);
}

function parsePatternParam(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlApiError(400, 'badRequest', 'Query parameter "pattern" is not valid JSON.');
  }
}

async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    throw new ControlApiError(400, 'badRequest', 'Request body must be a JSON object.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ControlApiError(400, 'badRequest', 'Request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
