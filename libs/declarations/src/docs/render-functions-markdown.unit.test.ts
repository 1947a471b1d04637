import type { FunctionDeclaration } from '../function/function-declaration';
import { renderFunctionsMarkdown } from './render-functions-markdown';

const exporter: FunctionDeclaration = {
  name: 'demo-export',
  description: 'Exports records',
  handler: { module: '/app/handlers/export/handler.ts', export: 'handler' },
  trigger: { kind: 'schedule', expression: 'rate(5 minutes)' },
  access: { objects: [{ bucket: 'datasets', prefix: 'analytics/x.json', read: true }], firehose: [{ stream: 'audit-analytics' }] },
  timeoutSeconds: 60,
  memoryMb: 512,
};

describe('renderFunctionsMarkdown', () => {
  it('lists a Firehose grant with its stream beside the other access', () => {
    const page = renderFunctionsMarkdown([{ app: 'demo', functions: [exporter] }]);

    expect(page).toContain('| `demo-export`<br>Exports records | schedule `rate(5 minutes)` | datasets/analytics/x.json*: read<br>Firehose audit-analytics: PutRecordBatch, PutRecord | 60 s | 512 MB |');
  });
});
