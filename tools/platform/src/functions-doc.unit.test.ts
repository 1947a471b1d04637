import { readFileSync } from 'node:fs';
import path from 'node:path';

import { renderFunctionsMarkdown } from '@aircraftops/declarations';

import { platformApps } from './platform-apps';

describe('docs/functions.md', () => {
  it('is what the declarations generate (run `npm run docs:functions` after changing a declaration)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../docs/functions.md'), 'utf8');

    expect(committed).toBe(renderFunctionsMarkdown(platformApps));
  });
});
