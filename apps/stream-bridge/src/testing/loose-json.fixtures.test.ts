/**
 * Parsed JSON in assertions (event details, recorded samples): tests read nested fields whose shape the
 * assertions themselves check, so a loose type is the honest one here and nowhere else.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = Record<string, any>;
