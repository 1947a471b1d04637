import { appTargetsSuite } from './config/app-targets.suite';
import { deploymentConfigSuite } from './config/deployment-config.suite';
import { schemaRegistrySuite } from './event-schemas/schema-registry.suite';
import { functionPoliciesSuite } from './functions/function-policies.suite';
import { nagPacksSuite } from './nag/nag-packs.suite';
import { analyticsDeliveryStreamSuite } from './platform/analytics-delivery-stream.suite';
import { consumerAccessSuite } from './platform/consumer-access.suite';
import { platformStackSuite } from './platform/platform-stack.suite';
import { synthesizeForTest } from './test-support/synthesize-for-test';
import { declarationsInTemplateSuite } from './verify/declarations-in-template.suite';

// One synthesis of every stack (bundling skipped) shared by every template suite: the slow part runs once.
const synthesized = synthesizeForTest();
afterAll(synthesized.dispose);

declarationsInTemplateSuite(synthesized);
platformStackSuite(synthesized);
analyticsDeliveryStreamSuite(synthesized);
schemaRegistrySuite(synthesized);
consumerAccessSuite(synthesized);
functionPoliciesSuite(synthesized);
nagPacksSuite(synthesized);
deploymentConfigSuite(synthesized);
appTargetsSuite(synthesized);
