import type { BenchOptions } from '../../cli';
import type { SuiteReport } from '../../report';
import type { SuiteContext } from '../suite-context';
export const runBridgeSuite = async (_o: BenchOptions, _c: SuiteContext): Promise<SuiteReport> => { throw new Error('todo'); };
