import { READ_ACTIONS } from '@aircraftops/declarations';
import { Stack } from 'aws-cdk-lib';
import type { Policy } from 'aws-cdk-lib/aws-iam';

import type { Synthesized } from '../test-support/synthesize-for-test';
import { declaredStatements } from './function-policies';

/** Template assertions over the shared synthesis (run from templates.unit.test.ts). */
export const functionPoliciesSuite = (synthesized: Synthesized): void => {

  interface Statement {
    readonly Action: string | string[];
    readonly Resource: unknown;
    readonly Condition?: Record<string, Record<string, unknown>>;
  }
  const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

  /** Every statement of every policy in a stack's templates, with the policy's construct path. */
  const allStatements = () =>
    synthesized.stacks.flatMap(({ json }) =>
      Object.entries(json.Resources ?? {})
        .filter(([, resource]) => resource.Type === 'AWS::IAM::Policy')
        .flatMap(([logicalId, resource]) => ((resource.Properties?.['PolicyDocument'] as { Statement: Statement[] }).Statement ?? []).map((statement) => ({ logicalId, statement }))),
    );

  const functionsOf = () =>
    synthesized.stacks.flatMap(({ manifest, declared }) => manifest.functions.map((declaration) => ({ declaration, declared, fn: declared.functions.get(declaration.name) })));

  const DATA_SERVICES = ['dynamodb', 's3', 'events', 'sqs', 'kms', 'lambda'];
  const DATA_ACTIONS = ['GetItem', 'BatchGetItem', 'Query', 'Scan', 'ConditionCheckItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'].map((action) => `dynamodb:${action}`);

  describe('IAM: least privilege from the declared access', () => {
    it('grants no wildcard action and no * resource on a data action, in any stack', () => {
      const statements = allStatements();
      expect(statements.length).toBeGreaterThan(0);
      for (const { logicalId, statement } of statements) {
        const actions = list(statement.Action);
        expect({ logicalId, wildcardActions: actions.filter((action) => action.includes('*')) }).toEqual({ logicalId, wildcardActions: [] });
        if (list(statement.Resource).includes('*')) {
          expect({ logicalId, dataActionsOnStar: actions.filter((action) => DATA_SERVICES.includes(action.split(':')[0] as string)) }).toEqual({ logicalId, dataActionsOnStar: [] });
        }
      }
    });

    it.each(functionsOf().map((entry) => [entry.declaration.name, entry] as const))('%s: its DeclaredAccess policy is exactly policyStatementsOf(access)', (_name, { declaration, declared, fn }) => {
      const stack = Stack.of(declared);
      const policy = fn?.node.tryFindChild('DeclaredAccess') as Policy | undefined;
      const expected = stack.resolve(declaredStatements(declaration.access, declared.platform.names).map((statement) => statement.toStatementJson()));
      expect(stack.resolve(policy?.document.toJSON())?.Statement ?? []).toEqual(expected);
    });

    it('gives no table data action to any policy but the functions\' DeclaredAccess policies', () => {
      for (const { declared } of synthesized.stacks) {
        for (const fn of declared.functions.values()) {
          const defaultPolicy = fn.role.node.tryFindChild('DefaultPolicy') as Policy | undefined;
          const statements = (Stack.of(fn).resolve(defaultPolicy?.document.toJSON())?.Statement ?? []) as Statement[];
          expect(statements.flatMap((statement) => list(statement.Action)).filter((action) => DATA_ACTIONS.includes(action))).toEqual([]);
        }
      }
    });

    it('lets only the audit recorder write the audit table (append-only for every other role)', () => {
      const writers = functionsOf()
        .filter(({ declaration }) => (declaration.access.tables ?? []).some((grant) => grant.table === 'AuditEventsTable' && grant.actions.some((action) => !READ_ACTIONS.includes(action))))
        .map(({ declaration }) => declaration.name);
      expect(writers).toEqual(['audit-record-event']);
    });

    it('grants events:PutEvents only on the bus and only with each publisher\'s own events:source', () => {
      for (const { declaration, declared, fn } of functionsOf()) {
        const policy = fn?.node.tryFindChild('DeclaredAccess') as Policy | undefined;
        const statements = (Stack.of(declared).resolve(policy?.document.toJSON())?.Statement ?? []) as Statement[];
        const putEvents = statements.filter((statement) => list(statement.Action).includes('events:PutEvents'));
        if (!declaration.access.putEvents) {
          expect(putEvents).toEqual([]);
          continue;
        }
        expect(putEvents).toHaveLength(1);
        expect(JSON.stringify(putEvents[0]?.Resource)).toContain('event-bus/');
        expect(putEvents[0]?.Condition).toEqual({ StringEquals: { 'events:source': [...declaration.access.putEvents.sources] } });
      }
    });

    it('lets every function write its own log group and no other', () => {
      for (const { declaration, fn } of functionsOf()) {
        const stack = Stack.of(fn as never);
        const defaultPolicy = fn?.role.node.tryFindChild('DefaultPolicy') as Policy | undefined;
        const statements = (stack.resolve(defaultPolicy?.document.toJSON())?.Statement ?? []) as Statement[];
        const logs = statements.filter((statement) => list(statement.Action).some((action) => action.startsWith('logs:')));
        const ownLogGroup = stack.resolve(fn?.logGroup.logGroupArn);
        expect({ name: declaration.name, logs: logs.map((statement) => [list(statement.Action).sort(), statement.Resource]) }).toEqual({
          name: declaration.name,
          logs: [[['logs:CreateLogStream', 'logs:PutLogEvents'], ownLogGroup]],
        });
      }
    });

    it('grants the data key only to functions that touch encrypted data', () => {
      for (const { declaration, fn } of functionsOf()) {
        const defaultPolicy = fn?.role.node.tryFindChild('DefaultPolicy') as Policy | undefined;
        const actions = ((Stack.of(fn as never).resolve(defaultPolicy?.document.toJSON())?.Statement ?? []) as Statement[]).flatMap((statement) => list(statement.Action));
        const touches = (declaration.access.tables?.length ?? 0) > 0 || (declaration.access.objects?.length ?? 0) > 0 || declaration.trigger.kind === 'stream';
        expect({ name: declaration.name, kms: actions.some((action) => action.startsWith('kms:')) }).toEqual({ name: declaration.name, kms: touches });
      }
    });
  });
};
