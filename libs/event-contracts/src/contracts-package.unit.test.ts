import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';

import { AircraftUpdated, aircraftDataSchema, breakingChanges, contractJsonSchema, contractSchemaPath, defineEventContract, eventCatalog } from '.';
import { compatibilityProblems, currentSchemaFiles, listSchemaFiles, publishedSchemaFiles, SCHEMAS_DIR } from '../scripts/schema-files';

describe('the published JSON Schemas', () => {
  it('are what the catalog generates (run `npm run contracts:schemas` after changing a contract)', () => {
    const current = currentSchemaFiles();

    expect(listSchemaFiles(SCHEMAS_DIR)).toEqual([...current.keys()].sort());
    for (const [file, text] of current) expect(readFileSync(path.join(SCHEMAS_DIR, file), 'utf8')).toBe(text);
  });

  it('describe the whole EventBridge event, with source and detail-type fixed and detail open to additions', () => {
    const schema = contractJsonSchema(AircraftUpdated) as { properties: Record<string, { const?: string; additionalProperties?: unknown }> };

    expect(contractSchemaPath(AircraftUpdated)).toBe('aircraftops.aircraft/AircraftUpdated.v1.json');
    expect(schema.properties['source']?.const).toBe('aircraftops.aircraft');
    expect(schema.properties['detail-type']?.const).toBe('AircraftUpdated');
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":false');
  });
});

describe('the compatibility check (CI)', () => {
  it('finds no breaking change between the catalog and the published baseline', () => {
    expect(publishedSchemaFiles().size).toBe(eventCatalog.length);
    expect(compatibilityProblems(publishedSchemaFiles(), currentSchemaFiles())).toEqual([]);
  });

  it('fails when a field is removed from a published contract', () => {
    const { city: _city, ...registrantShape } = (aircraftDataSchema.shape.registrant as unknown as { def: { innerType: z.ZodMiniObject } }).def.innerType.shape;
    const withoutCity = defineEventContract({
      ...AircraftUpdated,
      dataSchema: z.extend(aircraftDataSchema, { registrant: z.optional(z.object(registrantShape)) }),
      changes: 'required',
      example: AircraftUpdated.example,
    });
    const current = new Map(currentSchemaFiles());
    current.set(contractSchemaPath(AircraftUpdated), JSON.stringify(contractJsonSchema(withoutCity)));

    expect(compatibilityProblems(publishedSchemaFiles(), current)).toEqual([
      'aircraftops.aircraft/AircraftUpdated.v1.json: detail.data.registrant.city: removed',
    ]);
  });

  it('fails when a published contract disappears', () => {
    const current = new Map(currentSchemaFiles());
    current.delete('aircraftops.ingestion/IngestionJobFailed.v1.json');

    expect(compatibilityProblems(publishedSchemaFiles(), current)).toEqual([
      'aircraftops.ingestion/IngestionJobFailed.v1.json: published contract removed (keep it, or publish a new version beside it)',
    ]);
  });
});

describe('breakingChanges', () => {
  const published = {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['V', 'T', 'D'] },
      year: { type: 'integer' },
      kind: { type: 'string', const: 'Aircraft' },
      tags: { type: 'array', items: { type: 'string' } },
    },
    required: ['status', 'year'],
  };

  it('accepts additive changes: a new field, a wider enum, integer widened to number', () => {
    const current = {
      ...published,
      properties: { ...published.properties, status: { type: 'string', enum: ['V', 'T', 'D', 'X'] }, year: { type: 'number' }, city: { type: 'string' } },
      required: ['status', 'year', 'city'],
    };

    expect(breakingChanges(published, current)).toEqual([]);
  });

  it('names a retyped field, a narrowed enum, a changed constant, retyped items and a field no longer required', () => {
    const current = {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['V', 'T'] },
        year: { type: 'string' },
        kind: { type: 'string', const: 'Engine' },
        tags: { type: 'array', items: { type: 'number' } },
      },
      required: ['status'],
    };

    expect(breakingChanges(published, current)).toEqual([
      'status: enum narrowed, "D" no longer allowed',
      'year: no longer required',
      'year: type changed from "integer" to "string"',
      'kind: constant changed from "Aircraft" to "Engine"',
      'tags.[]: type changed from "string" to "number"',
    ]);
  });
});

describe('the publishable package', () => {
  it('is buildable: `build` writes ESM and CommonJS bundles, types and schemas that a subscriber can import', () => {
    // Built in a child process so the test sees exactly what `npm publish dist` would ship.
    const root = path.resolve(__dirname, '..');
    execFileSync(process.execPath, ['--require', path.resolve(root, '../../tools/node/import-only-packages.cjs'), '--import', 'tsx', 'scripts/build-package.ts'], { cwd: root, stdio: 'pipe' });
    // Each probe prints one marked line, so nothing else a runtime may write to stdout can be mistaken for its answer.
    const probe = (code: string): string => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: path.join(root, 'dist'), encoding: 'utf8' });
      const answer = /^ANSWER=(.*)$/m.exec(run.stdout)?.[1];
      if (run.status !== 0 || answer === undefined) throw new Error(`probe exited ${run.status}: stdout ${run.stdout} stderr ${run.stderr}`);
      return answer;
    };

    const esm = probe(
      "import { AircraftUpdated } from './index.mjs'; console.log('ANSWER=' + AircraftUpdated.parse(AircraftUpdated.example).metadata.entity.id)",
    );
    const cjs = probe(
      "import { createRequire } from 'node:module'; const r = createRequire(import.meta.url); console.log('ANSWER=' + r('./index.cjs').eventCatalog.length)",
    );
    const manifest = JSON.parse(readFileSync(path.join(root, 'dist/package.json'), 'utf8')) as { exports: Record<string, unknown> };

    expect(esm).toBe('511CR');
    expect(Number(cjs)).toBe(eventCatalog.length);
    expect(Object.keys(manifest.exports)).toEqual(['.', './schemas/*']);
    expect(readFileSync(path.join(root, 'dist/types/index.d.ts'), 'utf8')).toContain('AircraftUpdated');
  }, 60_000);
});
