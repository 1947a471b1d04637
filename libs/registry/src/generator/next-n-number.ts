const FIRST_DIGITS = '123456789';
const ALL_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function childChars(prefix: string): string {
  if (prefix.length >= 5) return '';
  const letters = prefix.replace(/[0-9]/g, '').length;
  if (letters === 0) return ALL_CHARS;
  return letters === 1 ? LETTERS : '';
}

/**
 * The next valid US N-number in FAA file order (plain string order: `9` < `90` < `9A`), or
 * undefined after the last one (`9ZZ`). Walking from `1` visits all 915,399 N-numbers once.
 *
 * @example
 * ```ts
 * nextNNumber('1');     // '10'
 * nextNNumber('19999'); // '1999A'
 * nextNNumber('1ZZ');   // '2'
 * ```
 */
export function nextNNumber(current: string): string | undefined {
  const children = childChars(current);
  if (children !== '') return current + children[0];
  let node = current;
  while (node.length > 0) {
    const parent = node.slice(0, -1);
    const siblings = parent === '' ? FIRST_DIGITS : childChars(parent);
    const index = siblings.indexOf(node[node.length - 1] as string);
    if (index + 1 < siblings.length) return parent + siblings[index + 1];
    node = parent;
  }
  return undefined;
}
