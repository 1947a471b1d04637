import type { DeadLetter, RuleSummary, StreamConsumerSummary, StreamFailure } from '@aircraftops/local-runtime';

import { ControlApiError } from './control-api-error';
import { requestJson } from './request-json';

/** What `POST /_local/replay` takes. */
export interface ReplayInput {
  readonly from: Date;
  readonly to: Date;
  readonly rule?: string;
}

/**
 * The local EventBridge's `/_local/` control API (rules, DLQs, replay, stream consumers) as the CLI uses it. A call
 * naming a rule the bus does not have fails with the list of rules it does have.
 *
 * @example
 * ```ts
 * const client = new ControlApiClient('http://127.0.0.1:4010');
 * const redriven = await client.redrive('audit-all-events');
 * ```
 */
export class ControlApiClient {
  constructor(readonly endpoint: string) {}

  async rules(): Promise<RuleSummary[]> {
    return (await requestJson<{ rules: RuleSummary[] }>('GET', this.url('rules'))).rules;
  }

  async deadLetters(rule: string): Promise<DeadLetter[]> {
    return this.forRule(rule, async () => (await requestJson<{ messages: DeadLetter[] }>('GET', this.url(`dlq/${encodeURIComponent(rule)}`))).messages);
  }

  /** Moves the rule's DLQ messages back to its queue; returns how many. */
  async redrive(rule: string): Promise<number> {
    return this.forRule(rule, async () => (await requestJson<{ redriven: number }>('POST', this.url(`dlq/${encodeURIComponent(rule)}/redrive`))).redriven);
  }

  /** Re-delivers archived events of [from, to]; returns how many events reached at least one rule. */
  async replay(input: ReplayInput): Promise<number> {
    const body = { from: input.from.toISOString(), to: input.to.toISOString(), ...(input.rule ? { rule: input.rule } : {}) };
    const run = async () => (await requestJson<{ replayed: number }>('POST', this.url('replay'), body)).replayed;
    return input.rule ? this.forRule(input.rule, run) : run();
  }

  /** The platform's stream consumers (event-source mappings) with their stats and on-failure depth. */
  async streams(): Promise<StreamConsumerSummary[]> {
    return (await requestJson<{ streams: StreamConsumerSummary[] }>('GET', this.url('streams'))).streams;
  }

  /** The on-failure records of one stream consumer, oldest first; an unknown name fails with the names there are. */
  async streamFailures(consumer: string): Promise<StreamFailure[]> {
    return (await requestJson<{ failures: StreamFailure[] }>('GET', this.url(`streams/${encodeURIComponent(consumer)}/failures`))).failures;
  }

  private url(path: string): string {
    return `${this.endpoint.replace(/\/+$/, '')}/_local/${path}`;
  }

  private async forRule<T>(rule: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ControlApiError) || error.code !== 'eventbridge.unknownRule') throw error;
      const names = (await this.rules()).map((summary) => summary.name);
      const known = names.length > 0 ? `Rules on the bus: ${names.join(', ')}.` : 'The bus has no rules.';
      throw new ControlApiError(error.code, error.status, `${error.message} ${known}`, { cause: error });
    }
  }
}
