/**
 * One ENGINE.txt row: an engine make/model.
 *
 * @example
 * ```ts
 * const engine: EngineModelRecord = { code: '00401', manufacturer: 'A.C.E.', model: 'HIDR MARK III', type: '1', horsepower: 95, thrust: 0 };
 * ```
 */
export interface EngineModelRecord {
  code: string;
  manufacturer: string;
  model: string;
  /** Engine type code; blank for code 99999. */
  type?: string;
  horsepower?: number;
  /** Pounds of thrust. */
  thrust?: number;
}
