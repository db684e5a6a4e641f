import type { Config } from 'drizzle-kit';

// Generation only: migrations are applied in-process at start (data/migrate.ts), never by drizzle-kit
// against a live folder.
export default {
  dialect: 'postgresql',
  schema: './data/schema/index.ts',
  out: './data/migrations',
} satisfies Config;
