import type { EventBridgeEvent } from '@aircraftops/local-runtime';

/**
 * One line per event for people following the bus: time, source, detail-type and the entity from
 * `detail.metadata.entity` (`-` when the event has none), marking replayed events.
 *
 * @example
 * ```ts
 * formatEventLine(event); // '2024-05-01T12:00:00Z  aircraftops.aircraft    AircraftRegistered        Aircraft N12345'
 * ```
 */
export const formatEventLine = (event: EventBridgeEvent): string => {
  const replay = event['replay-name'] ? `  (replay ${event['replay-name']})` : '';
  return `${event.time}  ${event.source.padEnd(22)}  ${event['detail-type'].padEnd(24)}  ${entityOf(event)}${replay}`;
};

const entityOf = (event: EventBridgeEvent): string => {
  const metadata = event.detail['metadata'];
  const entity = typeof metadata === 'object' && metadata !== null ? (metadata as { entity?: unknown }).entity : undefined;
  if (typeof entity !== 'object' || entity === null) return '-';
  const { type, id } = entity as { type?: unknown; id?: unknown };
  const parts = [type, id].filter((part): part is string | number => typeof part === 'string' || typeof part === 'number');
  return parts.length > 0 ? parts.join(' ') : '-';
};
