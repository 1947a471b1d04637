import { type AnyEventContract, eventCatalog } from '@aircraftops/event-contracts';
// Ajv 6 is the last Ajv that validates draft-04 (already in the lockfile through ESLint): an independent
// draft-04 implementation checks what EventBridge will receive, instead of our own reading of the spec.
import Ajv from 'ajv';
import draft4MetaSchema from 'ajv/lib/refs/json-schema-draft-04.json';

import { registrySchemasOf } from './registry-schemas';
import { DRAFT4_URI, type JsonSchema, toDraft4 } from './to-draft4';

/** A draft-04-only validator (Ajv 6's documented set-up for draft-04). */
const draft4Validator = () => {
  const ajv = new Ajv({ schemaId: 'id', meta: false, allErrors: true });
  ajv.addMetaSchema(draft4MetaSchema);
  (ajv as unknown as { _opts: { defaultMeta: string } })._opts.defaultMeta = draft4MetaSchema.id;
  return ajv;
};

/** The EventBridge event a subscriber receives for a contract's example detail. */
const eventOf = (contract: AnyEventContract, detail: unknown = structuredClone(contract.example)) => ({
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  source: contract.source,
  'detail-type': contract.detailType,
  account: '123456789012',
  time: '2026-12-04T12:00:00Z',
  region: 'us-east-1',
  resources: [],
  detail,
});

const DRAFT4_KEYWORDS = new Set([
  '$schema', 'id', '$ref', 'title', 'description', 'default', 'type', 'enum', 'format', 'pattern', 'minLength', 'maxLength',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'items', 'additionalItems', 'minItems', 'maxItems',
  'uniqueItems', 'properties', 'patternProperties', 'additionalProperties', 'required', 'minProperties', 'maxProperties',
  'dependencies', 'definitions', 'allOf', 'anyOf', 'oneOf', 'not',
]);

/** Every keyword of a schema (property names under `properties` & co. are names, not keywords). */
const keywordsOf = (schema: JsonSchema): string[] =>
  Object.entries(schema).flatMap(([keyword, value]) => {
    const nested = (sub: unknown): string[] => (typeof sub === 'object' && sub !== null && !Array.isArray(sub) ? keywordsOf(sub as JsonSchema) : []);
    if (['properties', 'patternProperties', 'definitions'].includes(keyword)) return [keyword, ...Object.values(value as object).flatMap(nested)];
    if (['allOf', 'anyOf', 'oneOf'].includes(keyword)) return [keyword, ...(value as unknown[]).flatMap(nested)];
    if (['items', 'additionalProperties', 'not'].includes(keyword)) return [keyword, ...nested(value)];
    return [keyword];
  });

describe('JSON Schema 2020-12 → draft-04 for the EventBridge Schema Registry', () => {
  const schemas = registrySchemasOf(eventCatalog);
  const cases = eventCatalog.map((contract, index) => [`${contract.source}/${contract.detailType}.v${contract.version}`, contract, JSON.parse((schemas[index] as { content: string }).content) as JsonSchema] as const);

  it.each(cases)('%s: a valid draft-04 schema that uses draft-04 keywords only', (_name, _contract, draft4) => {
    const ajv = draft4Validator();
    expect(draft4['$schema']).toBe(DRAFT4_URI);
    expect(ajv.validateSchema(draft4)).toBe(true);
    expect(ajv.errors ?? []).toEqual([]);
    expect(keywordsOf(draft4).filter((keyword) => !DRAFT4_KEYWORDS.has(keyword))).toEqual([]);
  });

  it.each(cases)('%s: accepts the contract example event and rejects what the contract rejects', (_name, contract, draft4) => {
    const validate = draft4Validator().compile(draft4);
    expect(validate(eventOf(contract)) ? [] : validate.errors).toEqual([]);
    expect(validate({ ...eventOf(contract), 'detail-type': `${contract.detailType}X` })).toBe(false); // const → enum
    const noEventId = structuredClone(contract.example) as { metadata: Record<string, unknown> };
    delete noEventId.metadata['eventId'];
    expect(validate(eventOf(contract, noEventId))).toBe(false);
    const emptyChangeKey = { ...(structuredClone(contract.example) as object), changes: { '': { old: 1, new: 2 } } };
    expect(validate(eventOf(contract, emptyChangeKey))).toBe(false); // propertyNames minLength 1 → not required ['']
  });

  it('converts const, numeric exclusive bounds, boolean schemas, $defs and their $refs', () => {
    expect(
      toDraft4({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://example.com/x.json',
        type: 'object',
        properties: { id: { const: 'a' }, n: { type: 'number', exclusiveMinimum: 0 }, any: true, none: false, ref: { $ref: '#/$defs/thing' } },
        $defs: { thing: { type: 'string', examples: ['dropped'] } },
      }),
    ).toEqual({
      $schema: DRAFT4_URI,
      id: 'https://example.com/x.json',
      type: 'object',
      properties: { id: { enum: ['a'] }, n: { type: 'number', minimum: 0, exclusiveMinimum: true }, any: {}, none: { not: {} }, ref: { $ref: '#/definitions/thing' } },
      definitions: { thing: { type: 'string' } },
    });
  });

  it('expresses a non-empty property name as "has no property named \'\'" (propertyNames is draft-06)', () => {
    expect(toDraft4({ type: 'object', propertyNames: { type: 'string', minLength: 1 }, additionalProperties: {} })).toEqual({
      $schema: DRAFT4_URI,
      type: 'object',
      additionalProperties: {},
      allOf: [{ not: { required: [''] } }],
    });
    expect(toDraft4({ type: 'object', propertyNames: { type: 'string' } })).toEqual({ $schema: DRAFT4_URI, type: 'object' });
  });

  it('refuses a keyword or form it cannot express in draft-04 instead of loosening the contract', () => {
    expect(() => toDraft4({ type: 'array', prefixItems: [{ type: 'string' }] })).toThrow('#/prefixItems: no draft-04 equivalent');
    expect(() => toDraft4({ type: 'object', propertyNames: { pattern: '^[a-z]+$' } })).toThrow('#/propertyNames: only { type: "string", minLength?: 0 | 1 }');
    expect(() => toDraft4({ properties: { a: { type: 'string', contentEncoding: 'base64' } } })).toThrow('#/properties/a/contentEncoding');
    expect(() => toDraft4({ properties: { a: { $ref: '#/$defs/thing', minLength: 1 } } })).toThrow('#/properties/a: minLength beside $ref would be ignored by draft-04');
  });
});
