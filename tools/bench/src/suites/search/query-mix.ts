import type { SearchDocument } from '@aircraftops/aircraft';

import type { CandidateFilters } from './candidates/search-candidate';

/** A query and the aircraft it must find (its target in the top 10 counts as found). */
export interface MixQuery {
  readonly kind: string;
  readonly text: string;
  readonly filters: CandidateFilters;
  readonly target: string;
}

/** Deterministic "typo": swaps two inner letters of the longest word (a common keyboard slip). */
export const misspell = (text: string): string => {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 5) return text;
  const i = Math.floor(longest.length / 2);
  const typo = `${longest.slice(0, i - 1)}${longest[i]}${longest[i - 1]}${longest.slice(i + 1)}`;
  return words.map((word) => (word === longest ? typo : word)).join(' ');
};

const longestWord = (text: string): string => text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * The query kinds over a sample of the fleet: registrant word, misspelt registrant word, city,
 * misspelt city, Mode S hex, N-number prefix, text + state filter. Registrant words are made specific
 * (word + city, a pair at most three aircraft share) so a correct engine ranks the target in the top 10.
 * @example
 * const queries = queryMix(fleet, 200);
 */
export const queryMix = (fleet: readonly SearchDocument[], perKind: number): MixQuery[] => {
  // Only (word, city) pairs that at most three aircraft share: otherwise hundreds of hits are equally right
  // and whether the target lands in the top 10 measures luck, not the engine.
  const pairKey = (doc: SearchDocument): string => `${longestWord(doc.registrantName ?? '')}|${doc.city ?? ''}`;
  const pairCounts = new Map<string, number>();
  for (const doc of fleet) pairCounts.set(pairKey(doc), (pairCounts.get(pairKey(doc)) ?? 0) + 1);
  const candidates = fleet.filter((doc) => doc.registrantName && doc.city && doc.state && doc.modeSHex && (pairCounts.get(pairKey(doc)) ?? 0) <= 3);
  const step = Math.max(1, Math.floor(candidates.length / perKind));
  const sample = candidates.filter((_doc, i) => i % step === 0).slice(0, perKind);
  return sample.flatMap((doc): MixQuery[] => {
    const name = longestWord(doc.registrantName ?? '');
    const city = doc.city ?? '';
    const target = doc.nNumber;
    return [
      { kind: 'registrant word + city', text: `${name} ${city}`, filters: {}, target },
      { kind: 'misspelt registrant word + city', text: `${misspell(name)} ${city}`, filters: {}, target },
      { kind: 'misspelt city + registrant word', text: `${name} ${misspell(city)}`, filters: {}, target },
      { kind: 'Mode S hex', text: doc.modeSHex ?? '', filters: {}, target },
      { kind: 'N-number prefix', text: doc.nNumber.slice(0, Math.max(3, doc.nNumber.length - 1)), filters: { state: doc.state }, target },
      { kind: 'text + state filter', text: `${name} ${city}`, filters: { state: doc.state }, target },
    ];
  });
};
