/**
 * Writes docs/events.md from the event catalog. Run from the repository root with `npm run docs:events`
 * (`node --require ./tools/node/import-only-packages.cjs --import tsx libs/event-contracts/scripts/generate-events-doc.ts`). A unit test fails while the
 * committed page differs from what this would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { eventCatalog, renderCatalogMarkdown } from '../src';

const target = path.resolve(__dirname, '../../../docs/events.md');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, renderCatalogMarkdown(eventCatalog));
console.log(`wrote ${path.relative(process.cwd(), target)} (${eventCatalog.length} detail-types)`);
