import type { Options } from 'minisearch';

import { SEARCH_TEXT_FIELDS, type SearchDocument } from '../domain/search-document';

/** Every field is stored, so a hit is the document itself (no second read) and filters and facets work on it. */
const STORED_FIELDS: (keyof SearchDocument)[] = [
  'nNumber',
  'serialNumber',
  'manufacturer',
  'model',
  'year',
  'registrantName',
  'city',
  'state',
  'statusCode',
  'modeSHex',
  'engine',
  'certIssueDate',
  'expirationDate',
  'version',
];

/**
 * How the embedded engine indexes and ranks aircraft (docs/search.md has the measurements behind it):
 * prefix matching on every term, up to two edits for words of five letters or more (MiniSearch rounds
 * length × fraction), all terms required, identifiers boosted over names and places.
 */
export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'nNumber',
  fields: [...SEARCH_TEXT_FIELDS],
  storeFields: STORED_FIELDS,
  searchOptions: {
    prefix: true,
    fuzzy: (term) => (term.length > 3 ? 0.34 : false),
    boost: { nNumber: 4, modeSHex: 4, serialNumber: 2, registrantName: 2 },
    combineWith: 'AND',
  },
};
