import { icaoAddressFromNNumber } from '../icao/icao-address-from-n-number';
import { dayNumber, endOfMonth, yyyymmdd } from './dates';
import type { GeneratedModel } from './generate-model-rows';
import type { Prng } from './prng';
import { COMPANY_KINDS, COMPANY_WORDS, GIVEN_NAMES, GOVERNMENT_NAMES, SURNAMES } from './registrant-names';
import { FOREIGN_PLACES, STREET_NAMES, STREET_TYPES, US_PLACES } from './us-places';

/** The day the sample's latest LAST ACTION DATE falls on: generated dates never pass it. */
const TODAY = dayNumber(2026, 8, 14);
const REGISTRANT_TYPES = [['1', 46], ['7', 28], ['3', 15], ['4', 6], ['5', 2], ['2', 1], ['8', 1], ['9', 1]] as const;
const STATUS = [
  ['V', 920], ['R', 15], ['18', 8], ['7', 7], ['N', 6], ['T', 6], ['M', 5], ['A', 4], ['S', 4], ['D', 3], ['E', 2],
  ['W', 2], ['X', 2], ['Z', 2], ['13', 3], ['14', 3], ['15', 2], ['25', 2], ['26', 2], ['27', 2], ['28', 1], ['29', 1],
] as const;
/** These statuses mean no current certificate: CERT ISSUE and EXPIRATION DATE are blank, NAME says why. */
const NO_CERTIFICATE: Readonly<Record<string, string>> = { R: 'REGISTRATION PENDING', '7': 'SALE REPORTED', '18': 'SALE REPORTED' };
const STANDARD_CERTIFICATIONS = [['1N', 50], ['1U', 12], ['1NU', 12], ['1T', 10], ['1', 8], ['1NA', 3], ['1B', 2], ['314', 2], ['6131', 1]] as const;

function individual(random: Prng): string {
  return `${random.pick(SURNAMES)} ${random.pick(GIVEN_NAMES)}${random.chance(0.7) ? ` ${random.chars('ABCDEFGHJKLMNPRSTW', 1)}` : ''}`;
}

function registrantName(type: string, random: Prng): string {
  switch (type) {
    case '1':
      return individual(random);
    case '4':
    case '9':
      return `${individual(random)}${random.chance(0.2) ? ' TRUSTEE' : ''}`;
    case '5':
      return `${random.pick(GOVERNMENT_NAMES)} ${random.pick(US_PLACES).city}`;
    case '7':
      return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_KINDS)} LLC`;
    case '2':
      return `${random.pick(SURNAMES)} & ${random.pick(SURNAMES)} PARTNERSHIP`;
    default:
      return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_KINDS)} ${random.pick(['INC', 'CORP', 'CO'])}`;
  }
}

function street(random: Prng): string {
  if (random.chance(0.08)) return `PO BOX ${random.int(1, 99999)}`;
  const suite = random.chance(0.1) ? ` STE ${random.int(100, 999)}${random.chance(0.3) ? ` # ${random.int(1, 999)}` : ''}` : '';
  return `${random.int(1, 29999)} ${random.chance(0.2) ? `${random.pick(['N', 'S', 'E', 'W'])} ` : ''}${random.pick(STREET_NAMES)} ${random.pick(STREET_TYPES)}${suite}`;
}

function certification(model: GeneratedModel, random: Prng): string {
  switch (model.family.builderCertification) {
    case '1':
      return random.pick(['42', '4', '48A']);
    case '2':
      return random.pick(['9A', '9C', '48C']);
    default:
      if (model.family.typeAircraft === '2') return '1B';
      if (model.family.typeAircraft === '1') return '1G';
      return random.weighted(STANDARD_CERTIFICATIONS);
  }
}

/**
 * The 34 MASTER values (before padding) for one aircraft. Values follow the real file's patterns:
 * consistent city/state/ZIP/county/region, some foreign addresses, mostly status V, dates that
 * exist and follow each other, Mode S codes computed from the N-number.
 *
 * @example
 * ```ts
 * masterRowValues('511CR', 0, models, new Prng(1))[33]; // 'A66568'
 * ```
 */
export function masterRowValues(nNumber: string, index: number, models: readonly GeneratedModel[], random: Prng): string[] {
  // Cubing the draw skews towards the first models: a few models hold most aircraft, as in reality.
  const model = models[Math.floor(random.next() ** 3 * models.length)] as GeneratedModel;
  const hex = icaoAddressFromNNumber(nNumber);
  const octal = parseInt(hex, 16).toString(8).padStart(8, '0');
  const typeRegistrant = random.weighted(REGISTRANT_TYPES);
  const status = random.weighted(STATUS);
  const noCertificate = NO_CERTIFICATE[status];

  const year = random.int(1940, 2025);
  const yearText = random.chance(0.1) ? '' : random.chance(0.01) ? '0000' : String(year);
  const certIssue = random.int(Math.max(dayNumber(1985, 1, 1), dayNumber(year, 1, 1)), TODAY);
  const lastAction = random.int(certIssue, TODAY);
  const airworthiness = random.int(dayNumber(year, 1, 1), Math.min(dayNumber(year, 12, 31), TODAY));
  const expiration = endOfMonth(TODAY + random.int(30, 365 * 7));

  const foreign = random.chance(0.015) ? random.pick(FOREIGN_PLACES) : undefined;
  const place = random.pick(US_PLACES);
  const zip = foreign ? foreign.zip() : `${place.zip3}${random.chars('0123456789', 2)}${random.chance(0.75) ? random.chars('0123456789', 4) : ''}`;
  const kit = model.family.builderCertification === '1' && random.chance(0.5);
  const otherNames = typeRegistrant === '4' ? [individual(random), random.chance(0.2) ? individual(random) : ''] : ['', ''];
  const serial = random.chance(0.5)
    ? String(random.int(1, 99_999_999))
    : `${random.chars('ABCDEFGHJKLMNPRSTUVWXYZ', random.int(1, 3))}-${random.int(1, 999_999)}`;

  return [
    nNumber,
    serial,
    model.code,
    model.engineCode,
    yearText,
    typeRegistrant,
    noCertificate ?? registrantName(typeRegistrant, random),
    street(random),
    random.chance(0.04) ? `ATTN: ${random.pick(['LEGAL DEPARTMENT', 'AVIATION DEPT', 'FLIGHT OPS'])}` : '',
    foreign ? foreign.city : place.city,
    foreign ? '' : place.state,
    zip,
    foreign ? foreign.region : place.region,
    foreign ? '' : place.county,
    foreign ? foreign.country : 'US',
    yyyymmdd(lastAction),
    noCertificate ? '' : yyyymmdd(certIssue),
    certification(model, random),
    model.family.typeAircraft,
    model.family.typeEngine,
    status,
    octal,
    random.chance(0.005) ? 'Y' : '',
    random.chance(0.1) ? '' : yyyymmdd(airworthiness),
    ...otherNames,
    '',
    '',
    '',
    noCertificate ? '' : yyyymmdd(expiration),
    // 48271 is coprime with 10^8, so distinct indexes give distinct 8-digit ids.
    String((index * 48_271 + 1_000_003) % 100_000_000).padStart(8, '0'),
    kit ? model.family.manufacturer : '',
    kit ? (model.values[2] ?? '') : '',
    hex,
  ];
}
