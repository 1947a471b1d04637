import type { Entity } from 'dynamodb-toolbox/entity';

/** The schema name of the attribute DDBT saves as the table's entity attribute (`_et`). */
export const entityAttributeName = (entity: Entity): string => {
  const savedAs = entity.table.entityAttributeSavedAs;
  const entry = Object.entries(entity.schema.attributes).find(([, attribute]) => attribute.props.savedAs === savedAs);
  if (entry === undefined) throw new Error(`${entity.entityName} has no entity attribute saved as ${savedAs}`);
  return entry[0];
};
