type JsonSchema = Readonly<Record<string, unknown>>;

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const typesOf = (schema: JsonSchema): string[] => (typeof schema['type'] === 'string' ? [schema['type']] : strings(schema['type']));
const show = (value: unknown): string => JSON.stringify(value);

/**
 * What a subscriber written against `published` would see broken by `current` (both JSON Schemas of
 * one contract version): a field removed, a field's type changed, a required field made optional, an
 * enum narrowed, a `const` changed, an array's items retyped. Additive
 * changes — a new optional or required field, a wider enum — are not breaking. Each finding names the
 * field's path.
 * @example
 * breakingChanges(published, current); // ['detail.data.registrant.city: removed']
 */
export const breakingChanges = (published: JsonSchema, current: JsonSchema, path = ''): string[] => {
  const at = (name: string): string => (path ? `${path}.${name}` : name);
  const problems: string[] = [];
  const oldTypes = typesOf(published);
  const newTypes = typesOf(current);
  if (oldTypes.length > 0 && newTypes.length > 0 && oldTypes.some((type) => !newTypes.includes(type))) {
    // integer → number widens; anything else retypes.
    const widened = oldTypes.every((type) => newTypes.includes(type) || (type === 'integer' && newTypes.includes('number')));
    if (!widened) problems.push(`${path || '(root)'}: type changed from ${show(published['type'])} to ${show(current['type'])}`);
  }
  if ('const' in published && show(published['const']) !== show(current['const'])) {
    problems.push(`${path || '(root)'}: constant changed from ${show(published['const'])} to ${show(current['const'])}`);
  }
  const oldEnum = Array.isArray(published['enum']) ? published['enum'] : undefined;
  if (oldEnum) {
    const newEnum = Array.isArray(current['enum']) ? current['enum'].map(show) : undefined;
    const dropped = newEnum ? oldEnum.filter((value) => !newEnum.includes(show(value))) : [];
    if (dropped.length > 0) problems.push(`${path || '(root)'}: enum narrowed, ${dropped.map(show).join(', ')} no longer allowed`);
  }
  const oldProperties = isSchema(published['properties']) ? published['properties'] : {};
  const newProperties = isSchema(current['properties']) ? current['properties'] : {};
  const newRequired = strings(current['required']);
  for (const name of Object.keys(oldProperties)) {
    const before = oldProperties[name];
    const after = newProperties[name];
    if (after === undefined) {
      problems.push(`${at(name)}: removed`);
      continue;
    }
    if (strings(published['required']).includes(name) && !newRequired.includes(name)) problems.push(`${at(name)}: no longer required`);
    if (isSchema(before) && isSchema(after)) problems.push(...breakingChanges(before, after, at(name)));
  }
  if (isSchema(published['items']) && isSchema(current['items'])) problems.push(...breakingChanges(published['items'], current['items'], at('[]')));
  return problems;
};
