import * as z from 'zod/mini';

import { defineEventContract } from './define-event-contract';
import { EventValidationError } from './event-validation-error';

const WidgetMoved = defineEventContract({
  source: 'test.widgets',
  detailType: 'WidgetMoved',
  version: 2,
  description: 'A widget moved.',
  entityType: 'Widget',
  dataSchema: z.looseObject({ widgetId: z.string(), position: z.optional(z.int()) }),
  changes: 'required',
  extraShape: { reason: z.enum(['user', 'gravity']) },
  example: {
    metadata: {
      eventId: 'e-1',
      eventVersion: 2,
      occurredAt: '2025-11-21T10:00:00.000Z',
      correlationId: 'c-1',
      actor: { type: 'user', id: 'u-1' },
      entity: { type: 'Widget', id: 'w-1', version: 4 },
    },
    data: { widgetId: 'w-1', position: 3 },
    changes: { position: { old: 2, new: 3 } },
    reason: 'user',
  },
});

const validDetail = () => structuredClone(WidgetMoved.example);

function parseError(detail: unknown): EventValidationError {
  const result = WidgetMoved.safeParse(detail);
  if (result.success) throw new Error('expected the detail to be rejected');
  return result.error;
}

describe('defineEventContract', () => {
  it('exposes the declared identity of the detail-type', () => {
    expect(WidgetMoved).toMatchObject({ source: 'test.widgets', detailType: 'WidgetMoved', version: 2, entityType: 'Widget' });
  });

  it('parses a valid detail and keeps entity fields the schema does not know (additive evolution)', () => {
    const detail = { ...validDetail(), data: { widgetId: 'w-1', colour: 'red' } };

    const parsed = WidgetMoved.parse(detail);

    expect(parsed.data).toEqual({ widgetId: 'w-1', colour: 'red' });
    expect(parsed.reason).toBe('user');
  });

  it('rejects a detail missing an identifying field and names its path', () => {
    const detail = { ...validDetail(), data: { position: 1 } };

    expect(() => WidgetMoved.parse(detail)).toThrow(EventValidationError);
    expect(() => WidgetMoved.parse(detail)).toThrow('data.widgetId: expected string, received undefined (missing)');
  });

  it('lists every failing path in one error, with a code and the zod error as cause', () => {
    const detail = validDetail() as Record<string, unknown>;
    delete detail.reason;
    (detail.metadata as Record<string, unknown>).occurredAt = 'yesterday';

    const error = parseError(detail);

    expect(error.code).toBe('events.invalidDetail');
    expect(error.name).toBe('EventValidationError');
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['metadata.occurredAt', 'reason']);
    expect(error.message).toMatch(/^Invalid WidgetMoved detail \(source test\.widgets\): /);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('rejects metadata that claims another entity type or event version', () => {
    const detail = validDetail();
    const tampered = {
      ...detail,
      metadata: { ...detail.metadata, eventVersion: 1, entity: { ...detail.metadata.entity, type: 'Gadget' } },
    };

    const error = parseError(tampered);

    expect(error.issues).toEqual([
      { path: 'metadata.eventVersion', message: 'expected 2, received 1' },
      { path: 'metadata.entity.type', message: 'expected "Widget", received "Gadget"' },
    ]);
  });

  it('requires a non-empty changes record when the contract says changes are required', () => {
    expect(parseError({ ...validDetail(), changes: undefined }).issues[0]?.path).toBe('changes');
    expect(parseError({ ...validDetail(), changes: {} }).issues).toEqual([
      { path: 'changes', message: 'must list at least one changed field' },
    ]);
  });

  it('accepts a detail without changes when the contract leaves them optional', () => {
    const Created = defineEventContract({
      source: 'test.widgets',
      detailType: 'WidgetCreated',
      version: 1,
      description: 'A widget was created.',
      entityType: 'Widget',
      dataSchema: z.looseObject({ widgetId: z.string() }),
      example: { ...validDetail(), metadata: { ...validDetail().metadata, eventVersion: 1 }, data: { widgetId: 'w' } },
    });

    expect(Created.safeParse(Created.example).success).toBe(true);
    expect(Created.parse({ ...Created.example, changes: { widgetId: { new: 'w' } } }).changes).toEqual({
      widgetId: { new: 'w' },
    });
  });

  it('rejects a non-object detail with a root-level message', () => {
    expect(parseError('{"metadata":{}}').issues).toEqual([{ path: '(root)', message: 'expected object, received string' }]);
  });
});
