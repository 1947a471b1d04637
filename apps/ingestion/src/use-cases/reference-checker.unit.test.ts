import type { ReferenceCodes } from './ports';
import { ReferenceChecker } from './reference-checker';

describe('ReferenceChecker', () => {
  it('looks up a chunk’s new model and engine codes in one store call, then answers from its cache', async () => {
    const calls: Partial<ReferenceCodes>[] = [];
    const checker = new ReferenceChecker({
      existing: async (codes) => {
        calls.push(codes);
        return { AircraftModel: new Set(['M1']), EngineModel: new Set(['E1']) };
      },
    });
    checker.learn('EngineModel', ['E9']);
    const aircraft = [
      { mfrMdlCode: 'M1', engMfrMdl: 'E1' },
      { mfrMdlCode: 'M2', engMfrMdl: 'E9' },
      { mfrMdlCode: '', engMfrMdl: '' },
    ];

    expect(await checker.countUnresolved(aircraft)).toBe(1);
    expect(await checker.countUnresolved(aircraft)).toBe(1);
    expect(calls).toEqual([{ AircraftModel: ['M1', 'M2'], EngineModel: ['E1'] }]);
  });
});
