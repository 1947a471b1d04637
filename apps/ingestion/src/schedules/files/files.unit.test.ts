import { InvalidScheduleError } from '../errors';
import { datasetKeyProblem } from './dataset-key-problem';
import { inferFileKind } from './infer-file-kind';
import { resolveScheduleFiles } from './resolve-schedule-files';

describe('datasetKeyProblem', () => {
  it.each(['MASTER.txt', 'uploads/2025-03-01T02-00-00Z-MASTER.txt', 'faa/2025/ACFTREF.txt'])('accepts the relative key %j', (key) => {
    expect(datasetKeyProblem(key)).toBeUndefined();
  });

  it.each([
    ['', 'must not be empty'],
    ['/etc/passwd', 'not an absolute one'],
    ['C:/data/MASTER.txt', 'not an absolute one'],
    ['../secrets.txt', '".." segments'],
    ['uploads/../../x', '".." segments'],
    ['uploads\\MASTER.txt', 'not backslashes'],
    ['MASTER.txt\u0000.png', 'control characters'],
    ['uploads//MASTER.txt', 'empty segments'],
    ['uploads/', 'empty segments'],
    ['./MASTER.txt', '"." segments'],
    ['x'.repeat(1025), 'at most 1024'],
  ])('refuses %j', (key, problem) => {
    expect(datasetKeyProblem(key)).toContain(problem);
  });
});

describe('inferFileKind', () => {
  it('reads the kind from the last segment only, when exactly one kind is named', () => {
    expect(inferFileKind('uploads/20250301-master.txt')).toBe('MASTER');
    expect(inferFileKind('MASTER/ENGINE.txt')).toBe('ENGINE');
    expect(inferFileKind('MASTERS.txt')).toBeUndefined();
    expect(inferFileKind('MASTER-ENGINE.txt')).toBeUndefined();
  });
});

describe('resolveScheduleFiles', () => {
  it('gives each file its kind and name', () => {
    expect(resolveScheduleFiles([{ key: 'faa/MASTER.txt' }, { key: 'faa/models.txt', kind: 'ACFTREF' }], 'body.files')).toEqual([
      { kind: 'MASTER', name: 'MASTER.txt', key: 'faa/MASTER.txt' },
      { kind: 'ACFTREF', name: 'models.txt', key: 'faa/models.txt' },
    ]);
  });

  it.each([
    [[], 'body.files', 'expected 1 to 4 files, got 0'],
    [[{ key: '../MASTER.txt' }], 'body.files[0].key', '".." segments'],
    [[{ key: 'MASTER.txt' }, { key: 'data.txt' }], 'body.files[1].kind', 'cannot tell the kind of "data.txt"'],
    [[{ key: 'a/MASTER.txt' }, { key: 'b/MASTER.txt' }], 'body.files[1].kind', 'MASTER is already file 0'],
  ])('refuses %j naming the field', (files, field, reason) => {
    const run = () => resolveScheduleFiles(files, 'body.files');
    expect(run).toThrow(InvalidScheduleError);
    expect(run).toThrow(expect.objectContaining({ field, reason: expect.stringContaining(reason) }));
  });
});
