import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../../server/src/schema/print.js';
import path from 'node:path';
import { documentsDir, generatedFiles, persisted, persistedHashesFile, persistedManifestFile } from '../../schema/codegen.js';
import { diffSchemaAgainstMigrations } from '../../server/src/db/schema-engine.js';

describe('committed artefacts are current', () => {
  it('schema/schema.graphql matches the server schema (run `pnpm schema`)', () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('the trusted-document manifest and hashes match the operations (run `pnpm schema`)', async () => {
    const { manifest, hashes } = await persisted();
    expect(fs.readFileSync(persistedManifestFile, 'utf8')).toBe(manifest);
    expect(fs.readFileSync(persistedHashesFile, 'utf8')).toBe(hashes);
  });

  it('schema/generated/operations.ts and documents/ match the operations (run `pnpm schema`)', async () => {
    const files = await generatedFiles();
    for (const [file, source] of files) expect(fs.readFileSync(file, 'utf8'), file).toBe(source);
    const expected = [...files.keys()].filter((f) => path.dirname(f) === documentsDir).map((f) => path.basename(f));
    expect(fs.readdirSync(documentsDir).sort()).toEqual(expected.sort());
  });

  it('the migrations produce exactly schema.prisma (run `pnpm migrate:create <name>`)', async () => {
    expect(await diffSchemaAgainstMigrations()).toBe('');
  }, 60_000);
});
