/** `.validate()` callbacks for formatted strings that are not keys (keys are checked by key builders). */
export const isIsoDate = (value: string): true | string =>
  (/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().startsWith(value)) ||
  `must be a calendar date YYYY-MM-DD, got "${value}"`;

export const isIsoInstant = (value: string): true | string =>
  (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value))) ||
  `must be a UTC instant YYYY-MM-DDTHH:mm:ss.sssZ, got "${value}"`;

export const isNonNegativeInteger = (value: number): true | string =>
  (Number.isSafeInteger(value) && value >= 0) || `must be a non-negative integer, got ${value}`;
