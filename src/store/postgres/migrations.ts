/**
 * The PostgreSQL schema, as numbered steps applied in order at start-up (run-migrations.ts).
 * A released step is never edited: a change is a new step. Reviews are kept as the same JSON
 * record the file holds (so moving a register between stores is exact), beside the columns
 * that queries and constraints need.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "register, reminders, feedback, conversations, claims",
    sql: `
      CREATE TABLE reviews (
        id text PRIMARY KEY CHECK (id ~ '^RR-[0-9]{4,}$'),
        number integer NOT NULL UNIQUE,
        case_ref text NOT NULL,
        closed boolean NOT NULL,
        record jsonb NOT NULL
      );
      -- The backstop for "one open review per case": the register checks first and says so kindly.
      CREATE UNIQUE INDEX reviews_one_open_per_case ON reviews (case_ref) WHERE NOT closed;
      CREATE TABLE register_counter (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        next_number integer NOT NULL CHECK (next_number >= 1)
      );
      INSERT INTO register_counter (next_number) VALUES (1);

      CREATE TABLE reminder_deliveries (
        key text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('sending', 'sent')),
        attempted_at text NOT NULL,
        sent_at text
      );

      CREATE TABLE knowledge_votes (
        entry_id text PRIMARY KEY,
        helpful integer NOT NULL DEFAULT 0,
        unhelpful integer NOT NULL DEFAULT 0
      );
      CREATE TABLE knowledge_unanswered_days (day text PRIMARY KEY, count integer NOT NULL);
      CREATE TABLE knowledge_totals (name text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO knowledge_totals (name, value) VALUES ('unanswered', 0);
      CREATE TABLE knowledge_questions (
        id bigserial PRIMARY KEY,
        at text NOT NULL,
        text text NOT NULL
      );

      CREATE TABLE conversation_state (
        key text PRIMARY KEY,
        state jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX conversation_state_expiry ON conversation_state (expires_at);

      CREATE TABLE claims (key text PRIMARY KEY, expires_at timestamptz NOT NULL);
      CREATE INDEX claims_expiry ON claims (expires_at);

      CREATE TABLE store_health (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        checked_at timestamptz NOT NULL
      );
    `,
  },
];
