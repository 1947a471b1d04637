import * as z from 'zod/mini';

import { defineEventContract } from './define-event-contract';
import { renderCatalogMarkdown } from './render-catalog-markdown';

const metadata = (type: string) => ({
  eventId: 'e',
  eventVersion: 1 as const,
  occurredAt: '2025-11-21T10:00:00Z',
  correlationId: 'c',
  actor: { type: 'service' as const, id: 's' },
  entity: { type, id: 'x', version: 1 },
});

const Opened = defineEventContract({
  source: 'test.doors',
  detailType: 'DoorOpened',
  version: 1,
  description: 'A door opened | closed state changed.',
  entityType: 'Door',
  dataSchema: z.looseObject({ doorId: z.string() }),
  example: { metadata: { ...metadata('Door'), entity: { type: 'Door' as const, id: 'd1', version: 1 } }, data: { doorId: 'd1' } },
});

const Rang = defineEventContract({
  source: 'test.bells',
  detailType: 'BellRang',
  version: 1,
  description: 'A bell rang.',
  entityType: 'Bell',
  dataSchema: z.looseObject({ bellId: z.string() }),
  example: { metadata: { ...metadata('Bell'), entity: { type: 'Bell' as const, id: 'b1', version: 1 } }, data: { bellId: 'b1' } },
});

function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1] ?? ''));
}

describe('renderCatalogMarkdown', () => {
  const markdown = renderCatalogMarkdown([Opened, Rang]);

  it('renders one section per source with a summary row per detail-type', () => {
    expect(markdown.indexOf('## Source `test.doors`')).toBeLessThan(markdown.indexOf('## Source `test.bells`'));
    expect(markdown).toContain('| [DoorOpened](#dooropened) | 1 | Door | A door opened \\| closed state changed. |');
    expect(markdown).toContain('### BellRang');
  });

  it('renders the JSON Schema of detail and the example of each detail-type as parseable JSON', () => {
    const [openedSchema, openedExample, rangSchema, rangExample] = jsonBlocks(markdown);

    expect(openedSchema).toMatchObject({
      type: 'object',
      required: ['metadata', 'data'],
      properties: { data: { required: ['doorId'] } },
    });
    expect(openedExample).toEqual(Opened.example);
    expect(rangSchema).toMatchObject({ properties: { metadata: { properties: { entity: { properties: { type: { const: 'Bell' } } } } } } });
    expect(rangExample).toEqual(Rang.example);
  });

  it('is deterministic and ends with exactly one newline', () => {
    expect(renderCatalogMarkdown([Opened, Rang])).toBe(markdown);
    expect(markdown.endsWith('```\n')).toBe(true);
  });
});
