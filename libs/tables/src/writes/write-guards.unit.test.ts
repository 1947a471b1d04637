import { UpdateItemCommand } from 'dynamodb-toolbox';

import { AircraftEntity, IngestionJobEntity } from '../entities';
import { InvalidChangeError, isTablesError } from '../errors';
import { createItem } from './create-item';
import { softDeleteItem } from './soft-delete-item';
import { updateItem } from './update-item';

const context = { actor: { type: 'user', id: 'alice' }, correlationId: 'c' } as const;

// These fail before any request: the default tables' client is never even created.
describe('write guards', () => {
  it('refuse caller-supplied index keys and stamps on create', async () => {
    const withIndexKey = createItem(AircraftEntity, { nNumber: '1', GSI1PK: 'EXPIRES#2000-01' } as never, context);
    const withVersion = createItem(AircraftEntity, { nNumber: '1', version: 7 } as never, context);

    await expect(withIndexKey).rejects.toThrow('GSI1PK is set by @aircraftops/tables on Aircraft items; do not pass it');
    await expect(withVersion).rejects.toBeInstanceOf(InvalidChangeError);
  });

  it('refuse changing a key attribute on update', async () => {
    const update = updateItem(AircraftEntity, { nNumber: '1' }, { nNumber: '2' } as never, { ...context, expectedVersion: 1 });
    await expect(update).rejects.toMatchObject({ code: 'tables.invalidChange', field: 'nNumber' });
  });

  it('refuse soft delete of an entity without delete_at', async () => {
    const softDelete = softDeleteItem(IngestionJobEntity, { jobId: 'j1' }, { ...context, expectedVersion: 1 });
    await expect(softDelete).rejects.toThrow('delete_at is not an attribute of IngestionJob');
  });

  it('let raw updates through when they touch no index dependency, and recompute the job status index', () => {
    const progress = AircraftEntity.build(UpdateItemCommand).item({ nNumber: '1', contentHash: 'h' }).params();
    const status = IngestionJobEntity.build(UpdateItemCommand).item({ jobId: 'j1', status: 'FAILED' }).params();

    expect(Object.values(progress.ExpressionAttributeNames ?? {})).not.toContain('GSI1PK');
    expect(Object.values(status.ExpressionAttributeValues ?? {})).toContain('JOBSTATUS#FAILED');
  });

  it('refuse raw updates of what a multi-attribute index key derives from', () => {
    const error = (() => {
      try {
        AircraftEntity.build(UpdateItemCommand).item({ nNumber: '1', statusCode: 'D' }).params();
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(isTablesError(error, 'tables.indexKeysNeedFullItem')).toBe(true);
  });
});
