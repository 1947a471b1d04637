/**
 * `npm run contracts:check`: fails when the catalog breaks a contract of the published baseline
 * (removed or retyped field, narrowed enum, …) without a new version or detail-type. CI runs the same
 * check as a unit test.
 */
import { compatibilityProblems, currentSchemaFiles, publishedSchemaFiles } from './schema-files';

const published = publishedSchemaFiles();
const problems = compatibilityProblems(published, currentSchemaFiles());
if (problems.length > 0) {
  console.error(`Breaking changes to published event contracts:\n- ${problems.join('\n- ')}`);
  console.error('Revert them, or publish the change as a new version (eventVersion) or a new detail-type beside the old one.');
  process.exit(1);
}
console.log(`${published.size} published contracts: no breaking change`);
