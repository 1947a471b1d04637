import { InvalidEventPatternError } from '../errors/invalid-event-pattern-error';
import { isPlainObject } from '../json/is-plain-object';
import type { CompiledLeaf } from '../model';
import { compileLeaf } from './compile-leaf';
import { OPERATOR_NAMES } from './compile-match-expression';
import { fail } from './fail';
import { childLocation } from './location';

/** One `$or` alternative under construction: dotted path → leaf (a later duplicate path wins). */
export type DraftBranch = ReadonlyMap<string, CompiledLeaf>;

const OR = '$or';
const RESERVED_IN_OR: ReadonlySet<string> = new Set(OPERATOR_NAMES);

/**
 * Walks a pattern object as event-ruler's JSON rule compiler does: nested objects extend the dotted
 * path, arrays are leaves, and each `$or` forks the alternatives built so far. A `$or` whose value is
 * not an array of at least two objects is taken as a plain field named `$or`, as EventBridge does.
 *
 * @returns the alternatives (an empty list only if the object held no leaf, which cannot validate).
 * @example
 * ```ts
 * compileStructure({ a: ['1'], $or: [{ b: ['2'] }, { c: ['3'] }] }, '', [], '$', false); // 2 branches
 * ```
 */
export function compileStructure(
  object: Record<string, unknown>,
  prefix: string,
  branches: readonly DraftBranch[],
  at: string,
  insideOr: boolean,
): DraftBranch[] {
  const keys = Object.keys(object);
  if (keys.length === 0) fail('Empty objects are not allowed', at);
  let current = [...branches];
  for (const key of keys) {
    const value = object[key];
    if (key === OR) {
      current = compileOr(value, prefix, current, at, insideOr);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(key)) {
      fail(`${key} is Ruler reserved fieldName which cannot be used inside ${OR}.`, childLocation(at, key));
    }
    current = compileField(key, value, prefix, current, at, insideOr);
  }
  return current;
}

function compileField(
  key: string,
  value: unknown,
  prefix: string,
  branches: DraftBranch[],
  at: string,
  insideOr: boolean,
): DraftBranch[] {
  const path = prefix === '' ? key : `${prefix}.${key}`;
  const keyAt = childLocation(at, key);
  if (isPlainObject(value)) return compileStructure(value, path, branches, keyAt, insideOr);
  if (!Array.isArray(value)) fail(`"${key}" must be an object or an array`, keyAt);
  const leaf = compileLeaf(path, value, keyAt);
  const targets = branches.length === 0 ? [new Map<string, CompiledLeaf>()] : branches;
  return targets.map((branch) => new Map(branch).set(path, leaf));
}

function compileOr(
  value: unknown,
  prefix: string,
  branches: DraftBranch[],
  parentAt: string,
  insideOr: boolean,
): DraftBranch[] {
  const at = childLocation(parentAt, OR);
  const looksLikeOr = Array.isArray(value) && value.length >= 2 && value.every(isPlainObject);
  try {
    if (!looksLikeOr) fail(`There must have at least 2 Objects in ${OR} relationship.`, at);
    const alternatives = value as Record<string, unknown>[];
    const seeds = branches.length === 0 ? [new Map<string, CompiledLeaf>()] : branches;
    return alternatives.flatMap((alternative, i) => compileStructure(alternative, prefix, seeds, childLocation(at, i), true));
  } catch (orError) {
    if (!InvalidEventPatternError.is(orError)) throw orError;
    try {
      return compileField(OR, value, prefix, branches, parentAt, insideOr);
    } catch (fieldError) {
      // A well-formed $or gets the more useful reason; anything else reads as a field named "$or".
      throw looksLikeOr ? orError : fieldError;
    }
  }
}
