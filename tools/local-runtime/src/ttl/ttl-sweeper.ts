import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';

import { isExpired } from './is-expired';
import type { TtlDeletions } from './ttl-deletions';

/** One table whose TTL the runtime emulates. */
export interface TtlTable {
  readonly tableName: string;
  /** The attribute named by the table's TTL specification. */
  readonly ttlAttribute: string;
  readonly keyAttributes: readonly string[];
}

/** What `createTtlSweeper` needs. */
export interface TtlSweeperOptions {
  readonly client: DynamoDBClient;
  readonly tables: readonly TtlTable[];
  readonly deletions: TtlDeletions;
  /** Items examined per page; one page per table per pass. Default 1,000. */
  readonly pageSize?: number;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

/** What one pass did. */
export interface SweepResult {
  readonly examined: number;
  readonly deleted: number;
}

/** A TTL emulation that sweeps a page of each table per `pass()`. */
export interface TtlSweeper {
  pass(): Promise<SweepResult>;
  /** Sweeps every table to its end once (tests, start-up). */
  sweepAll(): Promise<SweepResult>;
}

type Key = Record<string, AttributeValue>;

/**
 * The local stand-in for DynamoDB's TTL process. DynamoDB Local 2.6.1 never expires an item that lacks
 * a GSI's key attributes, and one such item stops TTL for its whole table (toolchain notes) — every
 * soft-deleted aircraft and job row error is such an item. This sweeper walks each table a page at a
 * time (a rolling Scan: it belongs to the runtime, not to a function) and deletes the expired items
 * with a condition on the TTL value it saw, so an item updated meanwhile (e.g. restored) is kept, as
 * AWS re-checks expiry before deleting. Each deletion is marked in `deletions` first, so its REMOVE
 * stream record gets the DynamoDB service principal as `userIdentity`.
 * @example
 * const sweeper = createTtlSweeper({ client, tables, deletions });
 * await sweeper.sweepAll();
 */
export const createTtlSweeper = (options: TtlSweeperOptions): TtlSweeper => {
  const pageSize = options.pageSize ?? 1_000;
  const now = options.now ?? (() => Date.now() / 1000);
  const cursors = new Map<string, Key | undefined>();

  const expire = async (table: TtlTable, item: Key): Promise<boolean> => {
    const key = Object.fromEntries(table.keyAttributes.map((name) => [name, item[name] as AttributeValue]));
    options.deletions.mark(table.tableName, key);
    try {
      await options.client.send(
        new DeleteItemCommand({
          TableName: table.tableName,
          Key: key,
          ConditionExpression: '#ttl = :seen',
          ExpressionAttributeNames: { '#ttl': table.ttlAttribute },
          ExpressionAttributeValues: { ':seen': item[table.ttlAttribute] as AttributeValue },
        }),
      );
      return true;
    } catch (error) {
      options.deletions.unmark(table.tableName, key);
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  };

  const sweepPage = async (table: TtlTable): Promise<SweepResult & { done: boolean }> => {
    const nowSeconds = Math.floor(now());
    const page = await options.client.send(
      new ScanCommand({
        TableName: table.tableName,
        Limit: pageSize,
        ExclusiveStartKey: cursors.get(table.tableName),
        FilterExpression: 'attribute_exists(#ttl)',
        // Only the key and the TTL value come back: the sweep runs all the time, and whole items would be
        // copied and parsed for nothing (it competes for the same CPU as the pollers under a bulk load).
        ProjectionExpression: ['#ttl', ...table.keyAttributes.map((_, index) => `#k${index}`)].join(', '),
        ExpressionAttributeNames: {
          '#ttl': table.ttlAttribute,
          ...Object.fromEntries(table.keyAttributes.map((name, index) => [`#k${index}`, name])),
        },
      }),
    );
    cursors.set(table.tableName, page.LastEvaluatedKey);
    let deleted = 0;
    for (const item of page.Items ?? []) {
      if (isExpired(item[table.ttlAttribute], nowSeconds) && (await expire(table, item))) deleted += 1;
    }
    if (deleted > 0) options.log?.(`[ttl] ${table.tableName}: expired ${deleted} item(s)`);
    return { examined: page.ScannedCount ?? 0, deleted, done: page.LastEvaluatedKey === undefined };
  };

  const add = (a: SweepResult, b: SweepResult): SweepResult => ({ examined: a.examined + b.examined, deleted: a.deleted + b.deleted });

  return {
    async pass() {
      let total: SweepResult = { examined: 0, deleted: 0 };
      for (const table of options.tables) total = add(total, await sweepPage(table));
      return total;
    },
    async sweepAll() {
      let total: SweepResult = { examined: 0, deleted: 0 };
      for (const table of options.tables) {
        cursors.delete(table.tableName);
        for (;;) {
          const page = await sweepPage(table);
          total = add(total, page);
          if (page.done) break;
        }
      }
      return total;
    },
  };
};
