// Type-level checks, verified by `tsc --noEmit` (never run by jest): what the route function receives.
import { z } from 'zod';

import type { Actor } from '../auth/actor';
import { httpHandler } from './http-handler';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T => true as T;

httpHandler(
  { role: 'operator', body: z.object({ nNumber: z.string(), seats: z.number().optional() }), path: z.object({ id: z.string() }) },
  async ({ body, query, path, actor }) => {
    assertType<Equals<typeof body, { nNumber: string; seats?: number | undefined }>>();
    assertType<Equals<typeof path, { id: string }>>();
    assertType<Equals<typeof query, Readonly<Record<string, string | undefined>>>>();
    assertType<Equals<typeof actor, Actor>>();
    void [body, query, path, actor];
  },
);

httpHandler({ role: 'public' }, async ({ body, actor }) => {
  assertType<Equals<typeof body, undefined>>();
  assertType<Equals<typeof actor, undefined>>();
  void [body, actor];
});
