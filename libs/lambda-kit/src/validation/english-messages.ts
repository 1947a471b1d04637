import { config } from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini ships without messages ("Invalid input"). Load the English ones, and only those: the named
// import lets esbuild drop the other locales, whereas zod classic, or a `z` namespace re-exported as
// a value (it carries `z.locales`), bundles every one of them, ≈ 400 KB a Lambda would load for
// nothing. Importing this module is what configures it; every HTTP stack does, through its validator.
config(en());

/**
 * The schema import of the whole platform is `import * as z from 'zod/mini'` (property access on the
 * namespace lets esbuild keep only the validators used; a re-exported `z` object keeps them all). This
 * constant marks that English messages are loaded.
 *
 * @example
 * import { ZOD_MESSAGES } from '@aircraftops/lambda-kit'; // ZOD_MESSAGES === 'en'
 */
export const ZOD_MESSAGES = 'en';
