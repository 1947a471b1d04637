import * as z from 'zod/mini';

import type { AnyEventContract } from './event-contract';

/**
 * Renders the catalog as the `docs/events.md` page: per source, a summary table, then per detail-type its
 * version, entity, description, the JSON Schema of `detail` and the example. Pure and deterministic (catalog
 * order, no dates), so a test can compare it with the committed page.
 *
 * @example
 * ```ts
 * writeFileSync('docs/events.md', renderCatalogMarkdown(eventCatalog));
 * ```
 */
export function renderCatalogMarkdown(catalog: readonly AnyEventContract[]): string {
  const sources = [...new Set(catalog.map((contract) => contract.source))];
  const lines = [
    '# Event catalog',
    '',
    '<!-- Generated from libs/events/src/catalog by libs/events/scripts/generate-events-doc.ts. Do not edit: run `npm run docs:events`. -->',
    '',
    'Every domain event goes to the EventBridge bus `aircraftops`. `source` names the producing app, `detail-type` is a past-tense fact,',
    'and `detail` has the same envelope everywhere:',
    '',
    '- `metadata`: `eventId` (deterministic from the stream record: deduplicate on it), `eventVersion`, `occurredAt` (ISO-8601),',
    '  `correlationId`, optional `causationId`, `actor` `{ type: user | service, id }`, `entity` `{ type, id, version }`;',
    '- `data`: the entity as the domain sees it (no table keys); unknown fields pass through, because contracts evolve additively;',
    '- `changes` (on `…Updated`, optional elsewhere): changed field → `{ old, new }`; an absent `old`/`new` means the field did not exist.',
    '',
    'A breaking change gets a new version or a new detail-type: `npm run contracts:check` (run by CI) refuses a change that removes or',
    'retypes a field, or narrows an enum, of a published contract. Consumers validate `detail` with the contracts-only package',
    '`@aircraftops/event-contracts` (`findContract(source, detailType).parse(detail)`), or with the JSON Schema of each detail-type in',
    '`libs/event-contracts/schemas/<source>/<DetailType>.v<version>.json`. How a team outside the monorepo subscribes, locally and',
    'from another AWS account: [consuming-events.md](consuming-events.md).',
    '',
    ...sources.flatMap((source) => renderSource(source, catalog.filter((contract) => contract.source === source))),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderSource(source: string, contracts: readonly AnyEventContract[]): string[] {
  return [
    `## Source \`${source}\``,
    '',
    '| detail-type | version | entity | description |',
    '|---|---|---|---|',
    ...contracts.map(
      (contract) =>
        `| [${contract.detailType}](#${contract.detailType.toLowerCase()}) | ${contract.version} | ${contract.entityType} | ${escapeCell(contract.description)} |`,
    ),
    '',
    ...contracts.flatMap(renderContract),
  ];
}

function renderContract(contract: AnyEventContract): string[] {
  // io 'input' describes what a producer may send: stripped-but-accepted extra keys are not forbidden.
  const jsonSchema = z.toJSONSchema(contract.schema, { io: 'input' });
  return [
    `### ${contract.detailType}`,
    '',
    `source \`${contract.source}\` · version ${contract.version} · entity \`${contract.entityType}\``,
    '',
    contract.description,
    '',
    '<details><summary>JSON Schema of <code>detail</code></summary>',
    '',
    '```json',
    JSON.stringify(jsonSchema, null, 2),
    '```',
    '',
    '</details>',
    '',
    'Example `detail`:',
    '',
    '```json',
    JSON.stringify(contract.example, null, 2),
    '```',
    '',
  ];
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
