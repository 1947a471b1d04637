import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { renderFunctionsMarkdown } from '@aircraftops/declarations';

import { platformApps } from '../src';

const target = path.resolve(__dirname, '../../../docs/functions.md');
writeFileSync(target, renderFunctionsMarkdown(platformApps));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
