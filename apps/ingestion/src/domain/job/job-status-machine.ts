import type { JobStatus } from '@aircraftops/tables';

import { InvalidJobTransitionError } from './errors';

/** Terminal statuses: the runner never leaves them (except FAILED → QUEUED, a resume). */
export const TERMINAL_STATUSES: readonly JobStatus[] = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED'];

const TRANSITIONS: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  QUEUED: ['RUNNING', 'CANCELLED', 'FAILED'],
  // RUNNING → QUEUED is a resume of a job whose runner died (its status was left RUNNING).
  RUNNING: ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'CANCELLED', 'QUEUED'],
  FAILED: ['QUEUED'],
  COMPLETED: [],
  COMPLETED_WITH_ERRORS: [],
  CANCELLED: [],
};

/**
 * Whether a job may go from one status to another.
 * @example
 * canTransition('QUEUED', 'RUNNING'); // true
 * canTransition('COMPLETED', 'RUNNING'); // false
 */
export const canTransition = (from: JobStatus, to: JobStatus): boolean => TRANSITIONS[from].includes(to);

/** The statuses a job may come from to reach `to` (the condition of the store's transition write). */
export const statusesLeadingTo = (to: JobStatus): JobStatus[] =>
  (Object.keys(TRANSITIONS) as JobStatus[]).filter((from) => canTransition(from, to));

/**
 * Throws `InvalidJobTransitionError` unless `from → to` is allowed.
 * @example
 * assertTransition('j1', 'RUNNING', 'COMPLETED');
 */
export const assertTransition = (jobId: string, from: JobStatus, to: JobStatus): void => {
  if (!canTransition(from, to)) throw new InvalidJobTransitionError(jobId, from, to);
};

/** @example isTerminal('CANCELLED'); // true */
export const isTerminal = (status: JobStatus): boolean => TERMINAL_STATUSES.includes(status);
