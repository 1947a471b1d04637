import { parseWildcard } from './parse-wildcard';

/** The highest wildcard complexity EventBridge accepts; one more and the rule "is too complex". */
export const WILDCARD_COMPLEXITY_LIMIT = 10;

const ANY = -1;

interface State {
  /** Literal byte → next states. */
  readonly literal: Map<number, number[]>;
  /** States reached on any byte (a `*` state, looping on itself). */
  readonly any: number[];
  /** Distinct patterns that can still match from here. */
  readonly weight: Set<number>;
  /** Shared trie edges, used only before a pattern's first `*`. */
  readonly trie: Map<number, number>;
  star: number;
}

/**
 * Worst-case number of wildcard-pattern prefixes an input value can be matching at the same time, the
 * measure event-ruler's MachineComplexityEvaluator defines: patterns share their literal prefix up to
 * the first `*`; after it each pattern has its own path, and every live state counts once per pattern
 * it can still reach. Values are UTF-8 bytes between quotes, as event-ruler stores strings.
 * Invalid wildcards are ignored (they are rejected elsewhere). Evaluation stops once `cap` is reached.
 *
 * @example
 * ```ts
 * wildcardComplexity(["*:*:*:*:*:event-bus/*"]); // 11: too complex for EventBridge
 * wildcardComplexity(['a*b'], { quoted: false }); // 2
 * ```
 */
export function wildcardComplexity(
  patterns: readonly string[],
  options: { quoted?: boolean; cap?: number } = {},
): number {
  const quoted = options.quoted ?? true;
  const cap = options.cap ?? 100;
  const states: State[] = [newState()];
  const alphabet = new Set<number>();
  const unique = [...new Set(patterns)];

  unique.forEach((pattern, patternId) => {
    const parsed = parseWildcard(pattern);
    if ('error' in parsed) return;
    const tokens = toByteTokens(parsed.tokens, quoted);
    let current = 0;
    let beforeStar = -1;
    let determinate = true;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as number;
      let next: number;
      if (token === ANY) {
        if (determinate && states[current]!.star !== 0) {
          next = states[current]!.star;
        } else {
          next = push(states);
          states[current]!.any.push(next);
          states[next]!.any.push(next);
          if (determinate) states[current]!.star = next;
        }
        beforeStar = current;
        determinate = false;
      } else {
        alphabet.add(token);
        const shared = determinate ? states[current]!.trie.get(token) : undefined;
        if (shared !== undefined) {
          next = shared;
        } else {
          next = push(states);
          addLiteral(states[current]!, token, next);
          if (determinate) states[current]!.trie.set(token, next);
          // A `*` may match nothing: the literal after it is also reachable from before the `*`.
          if (i > 0 && tokens[i - 1] === ANY) addLiteral(states[beforeStar]!, token, next);
        }
      }
      states[next]!.weight.add(patternId);
      current = next;
    }
  });
  if (states.length === 1) return 0;

  // One representative for all bytes no literal transition mentions.
  const bytes = [ANY, ...alphabet];
  const seen = new Set<string>();
  const pending: number[][] = [[0]];
  let maximum = 0;
  while (pending.length > 0) {
    const active = pending.pop() as number[];
    for (const byte of bytes) {
      const next = new Set<number>();
      for (const id of active) {
        const state = states[id]!;
        for (const target of state.any) next.add(target);
        if (byte !== ANY) for (const target of state.literal.get(byte) ?? []) next.add(target);
      }
      if (next.size === 0) continue;
      let complexity = 0;
      for (const id of next) {
        const state = states[id]!;
        complexity += state.weight.size;
        // A value that matches `foo` will also be matching `foo*` on its next byte.
        for (const star of state.any) if (!next.has(star)) complexity += states[star]!.weight.size;
      }
      if (complexity >= cap) return cap;
      maximum = Math.max(maximum, complexity);
      const sorted = [...next].sort((a, b) => a - b);
      const key = sorted.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        pending.push(sorted);
      }
    }
  }
  return maximum;
}

function newState(): State {
  return { literal: new Map(), any: [], weight: new Set(), trie: new Map(), star: 0 };
}

function push(states: State[]): number {
  states.push(newState());
  return states.length - 1;
}

function addLiteral(state: State, byte: number, next: number): void {
  const targets = state.literal.get(byte);
  if (targets) targets.push(next);
  else state.literal.set(byte, [next]);
}

const encoder = new TextEncoder();
const QUOTE = 0x22;

function toByteTokens(tokens: readonly (string | null)[], quoted: boolean): number[] {
  const bytes: number[] = quoted ? [QUOTE] : [];
  for (const token of tokens) {
    if (token === null) bytes.push(ANY);
    else bytes.push(...encoder.encode(token));
  }
  if (quoted) bytes.push(QUOTE);
  return bytes;
}
