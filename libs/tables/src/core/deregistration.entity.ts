import { Entity, type FormattedItem } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { map } from 'dynamodb-toolbox/schema/map';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';

import { isIsoDate, TIMESTAMPS, versionedAttributes } from '../common';
import { deregistrationKeys } from '../keys';
import type { CoreTableType } from '../tables';

const optionalText = () => string().optional();
const optionalDate = () => string().optional().validate(isIsoDate);
const addressSchema = () =>
  map({
    street: optionalText(),
    street2: optionalText(),
    city: optionalText(),
    state: optionalText(),
    zipCode: optionalText(),
    county: optionalText(),
    country: optionalText(),
  }).optional();

/**
 * The Deregistration item schema (FAA DEREG.txt, see ardata.pdf). No index: it is read with its
 * aircraft's partition. Key attributes: `nNumber`, `cancelDate`, `serialNumber`.
 */
export const deregistrationSchema = item({
  nNumber: string().key(),
  cancelDate: string().key().validate(isIsoDate),
  /** Free text, escaped in the sort key. */
  serialNumber: string().key(),
  mfrMdlCode: optionalText(),
  engMfrMdl: optionalText(),
  yearMfr: number().optional(),
  statusCode: optionalText(),
  name: optionalText(),
  mailingAddress: addressSchema(),
  physicalAddress: addressSchema(),
  certification: optionalText(),
  /** FAA region code of the registration (the REGION column), not part of either address. */
  region: optionalText(),
  airworthinessDate: optionalDate(),
  modeSCode: optionalText(),
  modeSCodeHex: optionalText(),
  exportCountry: optionalText(),
  lastActionDate: optionalDate(),
  certIssueDate: optionalDate(),
  otherNames: list(string()).putDefault(() => []),
  kitMfr: optionalText(),
  kitModel: optionalText(),
  indicatorGroup: optionalText(),
  contentHash: optionalText(),
  sourceJobId: optionalText(),
  delete_at: number().optional(),
  ...versionedAttributes(),
}).strict();

/**
 * `Deregistration`: `PK=AIRCRAFT#<nNumber>`, `SK=DEREG#<cancelDate>#<serialNumber escaped>`, so an
 * aircraft's history sorts by cancel date next to its current record.
 * @example
 * await createDeregistrationEntity(core).build(GetItemCommand).key({ nNumber: '12345', cancelDate: '2019-05-01', serialNumber: '17270' }).send();
 */
export const createDeregistrationEntity = (table: CoreTableType) =>
  new Entity({
    name: 'Deregistration',
    table,
    schema: deregistrationSchema,
    timestamps: TIMESTAMPS,
    computeKey: ({ nNumber, cancelDate, serialNumber }) => deregistrationKeys.primary(nNumber, cancelDate, serialNumber),
  });

export type DeregistrationEntityType = ReturnType<typeof createDeregistrationEntity>;
export type Deregistration = FormattedItem<DeregistrationEntityType>;
