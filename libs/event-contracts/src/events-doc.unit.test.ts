import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { eventCatalog } from './event-catalog';
import { renderCatalogMarkdown } from './render-catalog-markdown';

const docPath = path.resolve(__dirname, '../../../docs/events.md');

describe('docs/events.md', () => {
  it('matches the catalog, so the published page never lags the contracts', () => {
    const committed = existsSync(docPath) ? readFileSync(docPath, 'utf8') : undefined;

    const expected = renderCatalogMarkdown(eventCatalog);

    // A plain Error keeps the failure to one actionable line instead of a 3,000-line diff.
    if (committed !== expected) throw new Error('docs/events.md is stale: run npm run docs:events');
  });
});
