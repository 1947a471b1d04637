import type { ServerResponse } from 'node:http';

import { ControlApiError, expectMethod } from './control-api-error';
import { sendJson } from './json-response';
import type { StreamsControl } from './streams-control';

const FAILURES = /^\/_local\/streams\/([^/]+)\/failures$/;

/**
 * Serves `GET /_local/streams` and `GET /_local/streams/<consumer>/failures`; false when `path` is
 * neither. Without a provider the endpoints answer 404 `streams.unavailable` rather than an empty
 * list, so "no consumers" and "not wired" stay distinguishable.
 *
 * @example
 * ```ts
 * if (routeStreams(streams, method, path, response)) return;
 * ```
 */
export function routeStreams(streams: StreamsControl | undefined, method: string, path: string, response: ServerResponse): boolean {
  const failures = FAILURES.exec(path);
  if (path !== '/_local/streams' && !failures) return false;
  expectMethod(method, 'GET');
  if (!streams) {
    throw new ControlApiError(404, 'streams.unavailable', 'This EventBridge endpoint has no stream consumers attached (start it through the platform).');
  }
  if (!failures) {
    sendJson(response, 200, { streams: streams.describe() });
    return true;
  }
  const consumer = decodeURIComponent(failures[1] ?? '');
  const records = streams.failures(consumer);
  if (!records) {
    const names = streams.describe().map((summary) => summary.name);
    const known = names.length > 0 ? `Stream consumers: ${names.join(', ')}.` : 'There are no stream consumers.';
    throw new ControlApiError(404, 'streams.unknownConsumer', `Stream consumer ${consumer} does not exist. ${known}`);
  }
  sendJson(response, 200, { consumer, failures: records });
  return true;
}
