import { compileAnythingBut } from '../operators/anything-but';
import { compileCidr } from '../operators/cidr';
import { compileEqualsIgnoreCase } from '../operators/equals-ignore-case';
import { compileExists } from '../operators/exists';
import { compileNumeric } from '../operators/numeric';
import { compilePrefixSuffix } from '../operators/prefix-suffix';
import { compileWildcard } from '../operators/wildcard';
import type { Condition } from './condition';
import { fail } from './fail';
import { childLocation } from './location';
import { assertSingleKey, singleKey } from './single-key';

/** The operators EventBridge understands inside a leaf array; names are case-sensitive. */
export const OPERATOR_NAMES = [
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
] as const;

/**
 * Compiles one `{ "<operator>": <operand> }` element of a leaf array.
 *
 * @example
 * ```ts
 * compileMatchExpression({ prefix: 'a' }, '$.x[0]');
 * ```
 */
export function compileMatchExpression(expression: Record<string, unknown>, at: string): Condition {
  const [name, operand] = singleKey(expression, 'Match expression name not found', at);
  const operandAt = childLocation(at, name);
  let condition: Condition;
  switch (name) {
    case 'prefix':
    case 'suffix':
      condition = { kind: 'value', test: compilePrefixSuffix(name, operand, operandAt) };
      break;
    case 'equals-ignore-case':
      condition = { kind: 'value', test: compileEqualsIgnoreCase(operand, operandAt) };
      break;
    case 'wildcard':
      condition = { kind: 'value', test: compileWildcard(operand, operandAt), wildcards: [operand as string] };
      break;
    case 'anything-but':
      condition = compileAnythingBut(operand, operandAt);
      break;
    case 'numeric':
      condition = { kind: 'value', test: compileNumeric(operand, operandAt) };
      break;
    case 'exists':
      condition = compileExists(operand, operandAt);
      break;
    case 'cidr':
      condition = { kind: 'value', test: compileCidr(operand, operandAt) };
      break;
    default:
      return fail(`Unrecognized match type ${name}`, operandAt);
  }
  assertSingleKey(expression, at);
  return condition;
}
