import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { breakingChanges, contractJsonSchema, contractSchemaPath, eventCatalog } from '../src';

/** The committed JSON Schemas (`schemas/`) and the baseline of what was last published (`published/`). */
export const SCHEMAS_DIR = path.resolve(__dirname, '../schemas');
export const PUBLISHED_DIR = path.resolve(__dirname, '../published');

/** Every contract's schema file, relative path → pretty JSON with a final newline. */
export const currentSchemaFiles = (): Map<string, string> =>
  new Map(eventCatalog.map((contract) => [contractSchemaPath(contract), `${JSON.stringify(contractJsonSchema(contract), null, 2)}\n`]));

/** Relative paths of every `.json` file under `dir`. */
export const listSchemaFiles = (dir: string): string[] => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
};

/**
 * What breaks a published contract: each published schema must still exist (same source, detail-type
 * and version) and accept what it accepted. A breaking change needs a new version or detail-type.
 */
export const compatibilityProblems = (published: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string[] =>
  [...published].flatMap(([file, text]) => {
    const now = current.get(file);
    if (now === undefined) return [`${file}: published contract removed (keep it, or publish a new version beside it)`];
    return breakingChanges(JSON.parse(text), JSON.parse(now)).map((problem) => `${file}: ${problem}`);
  });

/** The published baseline as files. */
export const publishedSchemaFiles = (): Map<string, string> =>
  new Map(listSchemaFiles(PUBLISHED_DIR).map((file) => [file, readFileSync(path.join(PUBLISHED_DIR, file), 'utf8')]));
