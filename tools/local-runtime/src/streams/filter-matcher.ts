/** A JSON object as the EventBridge matcher takes it. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Tests one filter pattern against one record in its Lambda shape; EventBridge pattern semantics
 * (esm-semantics.md §6). `testEventPattern` from @aircraftops/events fits as is.
 * @example
 * const match: FilterMatcher = testEventPattern;
 */
export type FilterMatcher = (pattern: JsonObject, record: JsonObject) => boolean;
