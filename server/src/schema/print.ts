// Writes the printed schema to schema/schema.graphql (run by `pnpm schema`).
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from '../config.js';
import { schema } from './index.js';

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const schemaFile = path.join(projectRoot, 'schema', 'schema.graphql');

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  fs.writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${schemaFile}`);
}
