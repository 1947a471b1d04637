import { config, z } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages ("Invalid input"); load the English ones only (zod classic would
// bundle every locale, ≈ 440 KB), so a 400 says what is wrong with each field.
config(en());

/**
 * zod/mini with English messages. Import `z` from here, never from `zod/mini` directly.
 * @example
 * const path = z.object({ nNumber: nNumberParam });
 */
export { z };
