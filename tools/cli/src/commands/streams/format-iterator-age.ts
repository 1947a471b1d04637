/**
 * An iterator age for people: milliseconds under a second, then seconds, minutes and hours; `–`
 * before the mapping has finished any record.
 *
 * @example
 * ```ts
 * formatIteratorAge(1500); // '1.5 s'
 * ```
 */
export const formatIteratorAge = (ms: number | undefined): string => {
  if (ms === undefined) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.floor(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};
