import { formatCounts, formatRowErrors, type JobJson, type RowErrorJson } from '../jobs';

/**
 * The end of `aircraftops ingest` for people: outcome and duration, the counts, then the first row
 * errors with the command that lists them all.
 * @example
 * io.stdout(formatIngestSummary(job, errors, true));
 */
export const formatIngestSummary = (job: JobJson, firstErrors: readonly RowErrorJson[], moreErrors: boolean): string => {
  const duration =
    job.startedAt !== undefined && job.finishedAt !== undefined ? ` in ${((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000).toFixed(1)} s` : '';
  const reason = job.failureReason === undefined ? '' : `: ${job.failureReason}`;
  let text = `Job ${job.jobId} ${job.status}${duration}${reason}\n${formatCounts(job.counts)}`;
  if (firstErrors.length > 0) {
    text += `First row errors:\n${formatRowErrors(firstErrors, moreErrors ? { more: `All of them: aircraftops jobs errors ${job.jobId}` } : {})}`;
  }
  return text;
};
