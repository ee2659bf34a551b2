import { defineConfig } from 'prisma/config';

// Migrations are applied by our own runner (src/db/migrate.ts) so that they work on
// PGlite and offline; this file keeps the ordinary CLI working on an online machine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://localhost:5432/cards' },
});
