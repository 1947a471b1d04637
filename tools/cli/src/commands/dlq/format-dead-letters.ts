import type { DeadLetter, EventBridgeEvent } from '@aircraftops/local-runtime';

import { renderTable } from '../../support/render-table';
import { truncateText } from '../../support/truncate-text';

const ERROR_WIDTH = 60;

/** A dead letter with its body parsed (`event` is null when the body is not JSON), for `--json`. */
export type DeadLetterView = DeadLetter & { readonly event: EventBridgeEvent | null };

/**
 * Adds the parsed event to each dead letter so scripts need not parse `body` twice.
 *
 * @example
 * ```ts
 * io.stdout(formatJson(withParsedEvents(messages)));
 * ```
 */
export const withParsedEvents = (messages: readonly DeadLetter[]): DeadLetterView[] => messages.map((message) => ({ ...message, event: parseEvent(message.body) }));

/**
 * A rule's DLQ for people: which event, when and after how many receives it was dead-lettered,
 * and the consumer's last error; with the command that redrives them.
 *
 * @example
 * ```ts
 * io.stdout(formatDeadLetters('audit-all-events', await client.deadLetters('audit-all-events')));
 * ```
 */
export const formatDeadLetters = (rule: string, messages: readonly DeadLetter[]): string => {
  if (messages.length === 0) return `The DLQ of rule ${rule} is empty.\n`;
  const table = renderTable(
    ['Message id', 'Dead-lettered at', 'Receives', 'Event', 'Last error'],
    messages.map((message) => [
      message.messageId,
      message.failure.deadLetteredAt,
      message.failure.receiveCount,
      describeEvent(parseEvent(message.body)),
      truncateText(message.failure.errorMessage, ERROR_WIDTH),
    ]),
  );
  const count = `${messages.length} ${messages.length === 1 ? 'message' : 'messages'}`;
  return `${table}${count} in the DLQ of rule ${rule}. Send them back to the consumer with: aircraftops dlq redrive ${rule}\n`;
};

const parseEvent = (body: string): EventBridgeEvent | null => {
  try {
    return JSON.parse(body) as EventBridgeEvent;
  } catch {
    return null;
  }
};

const describeEvent = (event: EventBridgeEvent | null): string => {
  if (!event) return '(body is not JSON)';
  const entity = (event.detail?.['metadata'] as { entity?: { type?: unknown; id?: unknown } } | undefined)?.entity;
  const id = entity && (typeof entity.id === 'string' || typeof entity.id === 'number') ? ` ${String(entity.id)}` : '';
  return `${event['detail-type']}${id}`;
};
