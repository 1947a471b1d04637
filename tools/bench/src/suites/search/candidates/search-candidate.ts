import type { SearchDocument } from '@aircraftops/aircraft';

/** Exact filters of a comparison query. */
export interface CandidateFilters {
  readonly state?: string;
  readonly manufacturer?: string;
}

/** What one engine answered: ids in its relevance order, its total, and facet counts where it has them. */
export interface CandidateAnswer {
  readonly ids: readonly string[];
  readonly total: number;
  readonly facets?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One embedded engine set up as the aircraft search would use it, behind the same small interface. */
export interface SearchCandidate {
  readonly name: string;
  /** How each feature the search needs is met (native, computed by us, or missing). */
  readonly features: { readonly typoTolerance: string; readonly prefix: string; readonly facets: string; readonly persistence: string };
  addAll(documents: readonly SearchDocument[]): Promise<void>;
  search(text: string, filters: CandidateFilters, limit: number): Promise<CandidateAnswer>;
  serialize(): Promise<string>;
  restore(serialized: string): Promise<void>;
}
