import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * The database handle every repository takes. Both drivers (PGlite and postgres.js) and their
 * transactions satisfy it, so a repository never knows which one it runs on. Opened without the
 * schema: nobody uses drizzle's relational queries (`db.query`), and with the schema drizzle builds
 * their query builders again for every transaction.
 */
export type Db = PgDatabase<PgQueryResultHKT>;
