import { en } from 'zod/locales';
import { config, z } from 'zod/mini';

// zod/mini keeps Lambda bundles small (classic pulls every locale, ≈ 440 KB); English messages only,
// so a 400 still says what is wrong with each field.
config(en());

/**
 * zod/mini with English messages. Route schemas import `z` from here.
 * @example
 * const path = z.object({ id: jobIdParam });
 */
export { z };
