import type { SearchDocument } from './search-document';

/** The aircraft fields a search document is built from (the `data` of aircraft events). */
export interface SearchableAircraft {
  readonly nNumber: string;
  readonly serialNumber?: string;
  readonly mfrMdlCode?: string;
  readonly engMfrMdl?: string;
  readonly yearMfr?: number;
  readonly registrant?: { readonly name?: string; readonly city?: string; readonly state?: string };
  readonly statusCode?: string;
  readonly modeSCodeHex?: string;
  readonly certIssueDate?: string;
  readonly expirationDate?: string;
}

/** Names of an aircraft's reference data, looked up by the consumer (absent when the code is unknown). */
export interface ReferenceNames {
  readonly manufacturer?: string;
  readonly model?: string;
  readonly engine?: string;
}

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The search document of an aircraft at one entity version, denormalised with its reference names.
 * Blank values are left out, so they neither match nor count as a facet value.
 * @example
 * toSearchDocument({ nNumber: '511CR', registrant: { city: 'RENO', state: 'NV' } }, 3, { manufacturer: 'CESSNA' });
 */
export const toSearchDocument = (aircraft: SearchableAircraft, version: number, names: ReferenceNames): SearchDocument => {
  const fields: Record<string, string | number | undefined> = {
    serialNumber: text(aircraft.serialNumber),
    manufacturer: text(names.manufacturer),
    model: text(names.model),
    year: aircraft.yearMfr,
    registrantName: text(aircraft.registrant?.name),
    city: text(aircraft.registrant?.city),
    state: text(aircraft.registrant?.state),
    statusCode: text(aircraft.statusCode),
    modeSHex: text(aircraft.modeSCodeHex),
    engine: text(names.engine),
    certIssueDate: aircraft.certIssueDate,
    expirationDate: aircraft.expirationDate,
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { nNumber: aircraft.nNumber, ...defined, version } as SearchDocument;
};
