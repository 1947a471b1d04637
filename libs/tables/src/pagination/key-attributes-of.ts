import type { PageTokenExpectation } from './page-token-expectation';

/** The key attributes a position of the list holds, and which of them the key condition reads. */
export interface KeyAttributes {
  readonly all: readonly string[];
  readonly partition: string;
  readonly sort: string;
}

/**
 * A table query's `LastEvaluatedKey` holds the table keys; an index query's adds the index keys.
 * @example
 * keyAttributesOf({ index: 'GSI2', partition: 'MODEL#2072738' }); // { all: ['PK', 'SK', 'GSI2PK', 'GSI2SK'], partition: 'GSI2PK', sort: 'GSI2SK' }
 */
export const keyAttributesOf = ({ index }: Pick<PageTokenExpectation, 'index'>): KeyAttributes =>
  index === undefined
    ? { all: ['PK', 'SK'], partition: 'PK', sort: 'SK' }
    : { all: ['PK', 'SK', `${index}PK`, `${index}SK`], partition: `${index}PK`, sort: `${index}SK` };
