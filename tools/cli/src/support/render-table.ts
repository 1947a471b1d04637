import Table from 'cli-table3';

/**
 * A table for people: a header row and one row per item, returned with a trailing newline. Colour
 * is left to the caller so the layout stays the same in pipes.
 *
 * @example
 * ```ts
 * io.stdout(renderTable(['Rule', 'DLQ'], [['audit-all', 0]]));
 * ```
 */
export const renderTable = (head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string => {
  const table = new Table({ head: [...head], style: { head: [], border: [] } });
  for (const row of rows) table.push([...row]);
  return `${table.toString()}\n`;
};
