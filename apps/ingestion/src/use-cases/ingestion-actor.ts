import type { Actor } from '@aircraftops/tables';

/**
 * `updatedBy` of every CoreTable write of a job. The writes are the ingestion service's, whoever
 * started the job: an audit query "by actor" then finds every bulk change in one place, and a user is
 * never shown as the author of 300k rows they never saw. Who started the job stays reachable: the
 * items carry `sourceJobId` and the job's `correlationId` (the start request's), and the job records
 * `startedBy`.
 * @example
 * INGESTION_ACTOR; // { type: 'service', id: 'ingestion' }
 */
export const INGESTION_ACTOR: Actor = { type: 'service', id: 'ingestion' };
