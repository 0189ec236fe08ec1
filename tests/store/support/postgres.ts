import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The test run's PostgreSQL server (postgres-global-setup.ts) as a URL for `database`. */
export function postgresUrl(database: string): string {
  const { host, port, user, password } = inject("postgres");
  return `postgres://${user}:${password}@${host}:${port}/${database}`;
}

/** A new, empty database on the test server; its DATABASE_URL. */
export async function freshDatabase(): Promise<string> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresUrl("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return postgresUrl(name);
}

/** Runs one query against a database (for looking at what the assistant stored). */
export async function query<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
