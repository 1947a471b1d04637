/**
 * A real FAA MASTER row (511CR) as the domain sees it, shared by the Aircraft examples.
 *
 * @example
 * ```ts
 * const data = { ...exampleAircraft, statusCode: 'T' };
 * ```
 */
export const exampleAircraft = {
  nNumber: '511CR',
  serialNumber: 'K041',
  mfrMdlCode: '3390119',
  engMfrMdl: '52207',
  yearMfr: 2023,
  typeRegistrant: '7',
  registrant: {
    name: 'FWA LLC',
    street: '8906 SPANISH RIDGE AVE',
    city: 'LAS VEGAS',
    state: 'NV',
    zipCode: '891481304',
    region: '4',
    county: '003',
    country: 'US',
  },
  lastActionDate: '2025-11-21',
  certIssueDate: '2023-06-18',
  airworthinessDate: '2023-05-03',
  expirationDate: '2030-06-30',
  certification: '1U',
  typeAircraft: '4',
  typeEngine: '2',
  statusCode: 'V',
  modeSCode: '51462550',
  modeSCodeHex: 'A66568',
  otherNames: [],
  uniqueId: '01386945',
};
