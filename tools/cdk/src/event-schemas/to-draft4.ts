/** A JSON Schema document or subschema (draft 2020-12 in, draft-04 out). */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The `$schema` of every schema registered in EventBridge (it accepts OpenAPI 3 and JSON Schema draft-04 only). */
export const DRAFT4_URI = 'http://json-schema.org/draft-04/schema#';

/** Keywords with the same meaning in 2020-12 and draft-04, copied as they are. */
const SAME_MEANING = new Set([
  'title', 'description', 'default', 'type', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'required',
]);
/** Keywords whose value is one subschema. */
const ONE_SUBSCHEMA = new Set(['additionalProperties', 'not']);
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);
/** Keywords whose value maps names to subschemas (`$defs` becomes draft-04's `definitions`). */
const SUBSCHEMA_MAP: Readonly<Record<string, string>> = { properties: 'properties', patternProperties: 'patternProperties', definitions: 'definitions', $defs: 'definitions' };
/** Annotations draft-04 does not know; dropping them changes no validation. */
const ANNOTATIONS_ONLY = new Set(['examples', 'deprecated', 'readOnly', 'writeOnly', '$comment']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `propertyNames` does not exist in draft-04. The catalog uses it for two forms only, both expressible:
 * `{ type: 'string' }` (every JSON key is a string: nothing to say) and `{ type: 'string', minLength: 1 }`
 * (no empty key: "does not have a property named ''"). Anything else is refused rather than loosened.
 */
const propertyNamesAsDraft4 = (names: unknown, at: string): JsonSchema | undefined => {
  const { type, minLength, ...rest } = isObject(names) ? names : { type: undefined };
  if (type !== 'string' || Object.keys(rest).length > 0 || (minLength !== undefined && minLength !== 0 && minLength !== 1)) {
    throw new Error(`${at}/propertyNames: only { type: "string", minLength?: 0 | 1 } has a draft-04 equivalent; got ${JSON.stringify(names)}`);
  }
  return minLength === 1 ? { not: { required: [''] } } : undefined;
};

const convert = (schema: unknown, at: string): JsonSchema => {
  // Boolean schemas arrived in draft-06: `true` accepts anything, `false` nothing.
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (!isObject(schema)) throw new Error(`${at}: a schema must be an object or a boolean; got ${JSON.stringify(schema)}`);
  const out: Record<string, unknown> = {};
  const extra: JsonSchema[] = [];
  // Draft-04 ignores every keyword beside a `$ref`; 2020-12 applies them. Refuse rather than loosen.
  const besideRef = Object.keys(schema).filter((keyword) => keyword !== '$ref' && !ANNOTATIONS_ONLY.has(keyword) && keyword !== 'title' && keyword !== 'description');
  if ('$ref' in schema && besideRef.length > 0) throw new Error(`${at}: ${besideRef.join(', ')} beside $ref would be ignored by draft-04`);
  for (const [keyword, value] of Object.entries(schema)) {
    const here = `${at}/${keyword}`;
    if (SAME_MEANING.has(keyword)) out[keyword] = value;
    else if (keyword === '$schema' || ANNOTATIONS_ONLY.has(keyword)) continue;
    else if (keyword === '$id') out['id'] = value;
    else if (keyword === 'const') out['enum'] = [value];
    else if (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') {
      // A number since draft-06; in draft-04 a boolean qualifying minimum/maximum.
      if (typeof value !== 'number') throw new Error(`${here}: expected a number (draft 2020-12); got ${JSON.stringify(value)}`);
      const bound = keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (out[bound] !== undefined || schema[bound] !== undefined) throw new Error(`${here}: both ${keyword} and ${bound} on one schema have no draft-04 equivalent`);
      out[bound] = value;
      out[keyword] = true;
    } else if (keyword === 'items') {
      // 2020-12 `items` is one schema (tuples are `prefixItems`, refused below).
      out['items'] = convert(value, here);
    } else if (keyword === 'propertyNames') {
      const equivalent = propertyNamesAsDraft4(value, at);
      if (equivalent) extra.push(equivalent);
    } else if (ONE_SUBSCHEMA.has(keyword)) out[keyword] = convert(value, here);
    else if (SUBSCHEMA_LIST.has(keyword) && Array.isArray(value)) out[keyword] = value.map((item, index) => convert(item, `${here}/${index}`));
    else if (keyword in SUBSCHEMA_MAP && isObject(value)) {
      out[SUBSCHEMA_MAP[keyword] as string] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convert(sub, `${here}/${name}`)]));
    } else if (keyword === '$ref' && typeof value === 'string') out['$ref'] = value.replace(/^#\/\$defs\//, '#/definitions/');
    else throw new Error(`${here}: no draft-04 equivalent for "${keyword}" is implemented; extend tools/cdk/src/event-schemas/to-draft4.ts`);
  }
  if (extra.length === 0) return out;
  // Keep an existing `not` intact: each added constraint joins through allOf.
  const allOf = [...((out['allOf'] as JsonSchema[] | undefined) ?? []), ...extra];
  return { ...out, allOf };
};

/**
 * Converts one of the catalog's JSON Schemas (draft 2020-12, as `libs/event-contracts` generates them) to
 * JSON Schema draft-04, the only JSON Schema draft an EventBridge Schema Registry accepts
 * (`Type: JSONSchemaDraft4`). The transformation keeps every constraint:
 *
 * - `$schema` → draft-04's URI; `$id` → `id`; `$defs` → `definitions` (and `$ref`s to them);
 * - `const: v` → `enum: [v]`;
 * - numeric `exclusiveMinimum`/`exclusiveMaximum` → `minimum`/`maximum` with the boolean flag;
 * - boolean schemas → `{}` / `{ not: {} }`;
 * - `propertyNames: { type: 'string', minLength: 1 }` → `allOf: [{ not: { required: [''] } }]`;
 * - annotations draft-04 lacks (`examples`, `deprecated`, …) are dropped.
 *
 * Any keyword without a known equivalent throws, naming where it is, so a contract never reaches the
 * registry with a constraint silently lost.
 * @throws Error on a keyword or form with no draft-04 equivalent.
 * @example
 * const draft4 = toDraft4(JSON.parse(readFileSync('AircraftUpdated.v1.json', 'utf8')));
 * draft4.$schema; // 'http://json-schema.org/draft-04/schema#'
 */
export const toDraft4 = (schema: JsonSchema): JsonSchema => ({ $schema: DRAFT4_URI, ...convert(schema, '#') });
