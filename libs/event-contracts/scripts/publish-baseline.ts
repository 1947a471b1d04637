/**
 * `npm run contracts:publish-baseline`: records the current schemas as the published baseline, at
 * release time, after `contracts:check` passed. From then on the check protects them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { compatibilityProblems, currentSchemaFiles, PUBLISHED_DIR, publishedSchemaFiles } from './schema-files';

const current = currentSchemaFiles();
const problems = compatibilityProblems(publishedSchemaFiles(), current);
if (problems.length > 0) {
  console.error(`Refusing to publish over breaking changes:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
for (const [file, text] of current) {
  mkdirSync(path.dirname(path.join(PUBLISHED_DIR, file)), { recursive: true });
  writeFileSync(path.join(PUBLISHED_DIR, file), text);
}
console.log(`published baseline: ${current.size} contracts`);
