/**
 * What the search index holds of one aircraft: the fields people search and filter by, denormalised from
 * the aircraft and its reference data, and the entity version it was built from (an older event never
 * overwrites a newer document).
 * @example
 * const doc: SearchDocument = { nNumber: '511CR', manufacturer: 'CESSNA', model: '172S', state: 'NV', version: 3 };
 */
export interface SearchDocument {
  /** Without the `N` prefix, as everywhere in the platform. */
  readonly nNumber: string;
  readonly serialNumber?: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly year?: number;
  readonly registrantName?: string;
  readonly city?: string;
  readonly state?: string;
  readonly statusCode?: string;
  /** The ICAO 24-bit address in hex (`A66568`). */
  readonly modeSHex?: string;
  /** Engine manufacturer and model. */
  readonly engine?: string;
  readonly certIssueDate?: string;
  readonly expirationDate?: string;
  readonly version: number;
}

/** The fields free text is matched against, most telling first (boosts follow this order). */
export const SEARCH_TEXT_FIELDS = ['nNumber', 'modeSHex', 'serialNumber', 'registrantName', 'manufacturer', 'model', 'city', 'state', 'engine'] as const;

/** The fields a query may filter on and the engine counts as facets. */
export const SEARCH_FACETS = ['manufacturer', 'state', 'statusCode'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
