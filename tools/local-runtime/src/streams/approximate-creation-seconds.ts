/** DynamoDB Local stamps `ApproximateCreationDateTime` to the whole minute; AWS to the whole second. */
const LOCAL_RESOLUTION_SECONDS = 60;

/**
 * The `ApproximateCreationDateTime` (epoch seconds) to deliver for a record DynamoDB Local stamped
 * `streamSeconds`, read by the poller at `readAtMs`. DynamoDB Local truncates to the minute, so a record
 * would look up to 60 s older than it is (wrong `MaximumRecordAgeInSeconds` decisions, wrong iterator
 * age). The record was created before it was read and not before its truncated stamp: the read time,
 * rounded down to the second as AWS rounds (API_streams_StreamRecord), clamped into the stamp's minute.
 * A caught-up poller reads within its poll interval (250 ms) of the write, so the value is then as exact
 * as AWS's; a backlogged poller reads late, and the clamp bounds the error by the stamp's minute.
 * A stamp that is not minute-aligned did not come from DynamoDB Local's truncation and is kept.
 * @example
 * approximateCreationSeconds(1_764_085_020, 1_764_085_031_400); // 1764085031
 * approximateCreationSeconds(1_764_085_020, 1_764_085_200_000); // 1764085079 (read much later: end of its minute)
 */
export const approximateCreationSeconds = (streamSeconds: number, readAtMs: number | undefined): number => {
  if (readAtMs === undefined || streamSeconds % LOCAL_RESOLUTION_SECONDS !== 0) return streamSeconds;
  const readSeconds = Math.floor(readAtMs / 1000);
  return Math.min(Math.max(readSeconds, streamSeconds), streamSeconds + LOCAL_RESOLUTION_SECONDS - 1);
};
