import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes the SQL migrations both databases run (server/migrations).
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/src/db/schema.ts',
  out: './server/migrations',
});
