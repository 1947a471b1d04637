import { LAMBDA_ARCHITECTURE, LAMBDA_RUNTIME } from '@aircraftops/declarations';

import { loadPlatformApps } from '../load-platform-apps';
import type { Synthesized } from '../test-support/synthesize-for-test';
import { declarationsInTemplateProblems } from './declarations-in-template';

/** Template assertions over the shared synthesis (run from templates.unit.test.ts). */
export const declarationsInTemplateSuite = (synthesized: Synthesized): void => {

  // Iterates over platformApps itself: a new app, function or trigger is checked without touching this test.
  const cases = loadPlatformApps().flatMap((manifest) => manifest.functions.map((fn) => [manifest.app, fn.name, fn.trigger.kind] as const));

  describe('every declaration is in the synthesised templates with the settings the local runtime uses', () => {
    it.each(cases)('%s: %s (%s trigger)', (app, name) => {
      const { manifest, json } = synthesized.byApp(app);
      const problems = declarationsInTemplateProblems(manifest, json).filter((problem) => problem.startsWith(`${name}:`));
      expect(problems).toEqual([]);
    });

    it('finds nothing undeclared to complain about in any stack', () => {
      for (const { manifest, json } of synthesized.stacks) expect(declarationsInTemplateProblems(manifest, json)).toEqual([]);
    });
  });

  describe('the check fails when a declaration changes and the generator does not follow', () => {
    const { manifest, json } = synthesized.byApp('audit');
    const subscriber = manifest.functions.find((fn) => fn.trigger.kind === 'subscription');
    const route = manifest.functions.find((fn) => fn.trigger.kind === 'http');

    it('a subscription pattern or queue setting that changed', () => {
      if (subscriber?.trigger.kind !== 'subscription') throw new Error('audit declares a subscription');
      const changed = { ...subscriber, trigger: { ...subscriber.trigger, eventPattern: { source: ['aircraftops.aircraft'] }, maxReceiveCount: 9, batchSize: 7 } };
      const problems = declarationsInTemplateProblems({ ...manifest, functions: [changed] }, json);
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringContaining('rule EventPattern'), expect.stringContaining('maxReceiveCount'), expect.stringContaining('BatchSize')]),
      );
    });

    it('a route, memory or timeout that changed', () => {
      if (route?.trigger.kind !== 'http') throw new Error('audit declares routes');
      const changed = { ...route, memoryMb: 1024, timeoutSeconds: 20, trigger: { ...route.trigger, path: '/audit/elsewhere' } };
      const problems = declarationsInTemplateProblems({ ...manifest, functions: [changed] }, json);
      expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('MemorySize'), expect.stringContaining('Timeout'), expect.stringContaining('no route')]));
    });

    it('a Firehose grant that the role does not hold, or holds undeclared', () => {
      const exporter = manifest.functions.find((fn) => fn.access.firehose?.length);
      if (!exporter || !route) throw new Error('audit declares a Firehose exporter and routes');
      const withoutGrant = { ...exporter, access: {} };
      const routeWithGrant = { ...route, access: { ...route.access, firehose: [{ stream: 'audit-analytics' as const }] } };

      expect(declarationsInTemplateProblems({ ...manifest, functions: [withoutGrant] }, json)).toContain(
        `${exporter.name}: Firehose actions granted without a firehose declaration`,
      );
      expect(declarationsInTemplateProblems({ ...manifest, functions: [routeWithGrant] }, json)).toContain(`${route.name}: Firehose statements: expected 1, got 0`);
    });

    it('a function that is no longer declared', () => {
      const problems = declarationsInTemplateProblems({ ...manifest, functions: manifest.functions.filter((fn) => fn !== subscriber && fn !== route) }, json);
      expect(problems).toEqual(
        expect.arrayContaining([
          `undeclared function ${subscriber?.name}`,
          expect.stringContaining('undeclared route'),
          expect.stringContaining('number of AWS::Events::Rule'),
        ]),
      );
    });

    it('a stream mapping or schedule setting that changed', () => {
      const ingestion = synthesized.byApp('ingestion');
      const changed = ingestion.manifest.functions.map((fn) => {
        if (fn.trigger.kind === 'stream') return { ...fn, trigger: { ...fn.trigger, batchSize: 50, filterPatterns: [] } };
        if (fn.trigger.kind === 'schedule') return { ...fn, trigger: { ...fn.trigger, expression: 'rate(5 minutes)' } };
        return fn;
      });
      const problems = declarationsInTemplateProblems({ ...ingestion.manifest, functions: changed }, ingestion.json);
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringContaining('BatchSize'), expect.stringContaining('FilterCriteria'), expect.stringContaining('ScheduleExpression')]),
      );
    });
  });

  describe('functions and routes', () => {
    it(`runs every function of every stack on ${LAMBDA_RUNTIME} ${LAMBDA_ARCHITECTURE}`, () => {
      for (const { template } of synthesized.stacks) {
        for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
          expect(fn['Properties']).toMatchObject({ Runtime: LAMBDA_RUNTIME, Architectures: [LAMBDA_ARCHITECTURE] });
        }
      }
    });

    it('puts every route of every app behind one JWT authorizer trusting the platform user pool and app client', () => {
      for (const { template } of synthesized.stacks) {
        const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
        if (routes.length === 0) continue;
        const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
        expect(Object.keys(authorizers)).toHaveLength(1);
        const [authorizer] = Object.values(authorizers);
        const jwt = authorizer?.['Properties']['JwtConfiguration'] as { Issuer: { Ref: string }; Audience: { Ref: string }[] };
        expect(jwt.Issuer.Ref).toMatch(/^SsmParameterValueaircraftopsplatformcognitoissuerurl/);
        expect(jwt.Audience.map((audience) => audience.Ref)).toEqual([expect.stringMatching(/^SsmParameterValueaircraftopsplatformcognitouserpoolclientid/)]);
        for (const route of routes) expect(route['Properties']).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: Object.keys(authorizers)[0] } });
      }
    });
  });
};
