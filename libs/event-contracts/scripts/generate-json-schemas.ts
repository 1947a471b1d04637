/** Writes schemas/<source>/<DetailType>.v<N>.json from the catalog (`npm run contracts:schemas`); a test fails when stale. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { currentSchemaFiles, SCHEMAS_DIR } from './schema-files';

rmSync(SCHEMAS_DIR, { recursive: true, force: true });
const files = currentSchemaFiles();
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(SCHEMAS_DIR, file)), { recursive: true });
  writeFileSync(path.join(SCHEMAS_DIR, file), text);
}
console.log(`wrote ${files.size} JSON Schemas to ${path.relative(process.cwd(), SCHEMAS_DIR)}`);
