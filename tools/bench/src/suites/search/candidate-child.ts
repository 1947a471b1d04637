/**
 * Runs one search engine candidate in a process of its own (so resident memory is its alone) over the
 * fleet in the JSON file given, and prints one JSON line of figures. Started by `compare-engines.ts`
 * with `--expose-gc`.
 */
import { readFileSync } from 'node:fs';

import type { SearchDocument } from '@aircraftops/aircraft';

import { percentile } from '../../stats';
import type { SearchCandidate } from './candidates/search-candidate';
import { flexSearchCandidate } from './candidates/flexsearch-candidate';
import { miniSearchCandidate } from './candidates/minisearch-candidate';
import { oramaCandidate } from './candidates/orama-candidate';
import type { MixQuery } from './query-mix';

const CANDIDATES: Record<string, () => SearchCandidate> = { minisearch: miniSearchCandidate, flexsearch: flexSearchCandidate, orama: oramaCandidate };

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const rssMb = (): number => {
  gc();
  return process.memoryUsage().rss / 1_048_576;
};

const main = async (): Promise<void> => {
  const [engine, fleetPath, queriesPath] = process.argv.slice(2) as [string, string, string];
  const fleet = JSON.parse(readFileSync(fleetPath, 'utf8')) as SearchDocument[];
  const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as MixQuery[];
  const byId = new Map(fleet.map((doc) => [doc.nNumber, doc]));
  const candidate = CANDIDATES[engine]!();
  const rssBefore = rssMb();

  let started = performance.now();
  await candidate.addAll(fleet);
  const indexSeconds = (performance.now() - started) / 1000;
  const rssIndexed = rssMb();

  const latencies: number[] = [];
  const found: Record<string, { found: number; total: number }> = {};
  let filterViolations = 0;
  for (const query of queries) {
    started = performance.now();
    const answer = await candidate.search(query.text, query.filters, 10);
    latencies.push(performance.now() - started);
    const entry = (found[query.kind] ??= { found: 0, total: 0 });
    entry.total += 1;
    if (answer.ids.includes(query.target)) entry.found += 1;
    for (const id of answer.ids) {
      const doc = byId.get(id);
      if (query.filters.state && doc?.state !== query.filters.state) filterViolations += 1;
    }
  }

  started = performance.now();
  const serialized = await candidate.serialize();
  const serializeSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await candidate.restore(serialized);
  const restoreSeconds = (performance.now() - started) / 1000;
  const probe = queries[0]!;
  const afterRestore = await candidate.search(probe.text, probe.filters, 10);

  process.stdout.write(
    `${JSON.stringify({
      engine: candidate.name,
      features: candidate.features,
      documents: fleet.length,
      indexDocsPerSecond: Math.round(fleet.length / indexSeconds),
      indexRssMb: Math.round(rssIndexed - rssBefore),
      queryP50Ms: Number((percentile(latencies, 50) ?? 0).toFixed(2)),
      queryP99Ms: Number((percentile(latencies, 99) ?? 0).toFixed(2)),
      foundInTop10: Object.fromEntries(Object.entries(found).map(([kind, { found: hits, total }]) => [kind, Number((hits / total).toFixed(2))])),
      filterViolations,
      persistedMb: Number((Buffer.byteLength(serialized) / 1_048_576).toFixed(1)),
      serializeSeconds: Number(serializeSeconds.toFixed(2)),
      restoreSeconds: Number(restoreSeconds.toFixed(2)),
      restoredAnswersAlike: afterRestore.ids.includes(probe.target),
    })}\n`,
  );
};

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
