import type { Actor, DatasetFileKind } from '@aircraftops/tables';

/**
 * What a schedule needs from the job use cases: start one job. The wiring passes the ingestion
 * `startJob` use case; tests pass a recorder.
 * @example
 * const startJob: StartJobPort = (input) => startJobUseCase(input, jobPorts);
 */
export type StartJobPort = (input: {
  readonly files: readonly { readonly key: string; readonly kind: DatasetFileKind }[];
  readonly startedBy: Actor;
  readonly correlationId: string;
  readonly scheduleId: string;
}) => Promise<{ readonly jobId: string }>;
