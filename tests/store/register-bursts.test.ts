import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackStandIn } from "../support/slack-stand-in.js";
import { freshDataDir, type Instance, runBursts, startInstance } from "./support/burst.js";
import { freshDatabase, query } from "./support/postgres.js";

/**
 * The bursts through the real Slack endpoint: 40 /rapidreview starts with 8 in flight,
 * then 60 done marks on 10 reviews with 6 in flight. Everyone told "started" or "done" must find
 * it kept, with ids never shared; on one instance (file store) and on two sharing PostgreSQL.
 * Each run prints its figures as one JSON line ("burst figures").
 */

let slack: SlackStandIn;
const running: Instance[] = [];

beforeAll(async () => {
  slack = await SlackStandIn.start();
});

afterAll(async () => {
  await Promise.allSettled(running.map((i) => i.running.close()));
  await slack.close();
});

async function instance(env: Record<string, string>): Promise<Instance> {
  const i = await startInstance(slack, env);
  running.push(i);
  return i;
}

describe("bursts of rapid review commands through the Slack endpoint", () => {
  it("one instance on the file store: every start and every done mark is kept", async () => {
    const dataDir = freshDataDir();
    const one = await instance({ DATA_DIR: dataDir });
    const read = async () =>
      JSON.parse(readFileSync(path.join(dataDir, "rapid-reviews.json"), "utf8")).reviews;
    const figures = await runBursts([one], slack, read, "CR-F");
    console.log(`burst figures ${JSON.stringify({ store: "file", instances: 1, ...figures })}`);
    expect(figures).toEqual({
      startsTold: 40,
      startsKept: 40,
      distinctIdsTold: 40,
      doneTold: 60,
      doneKept: 60,
    });
  }, 120_000);

  it("a second instance on the same data folder stops at start-up, saying why", async () => {
    const dataDir = freshDataDir();
    await instance({ DATA_DIR: dataDir });
    await expect(startInstance(slack, { DATA_DIR: dataDir })).rejects.toThrow(
      /in use by another running copy.*DATABASE_URL/,
    );
  });

  it("two instances sharing PostgreSQL: every start and every done mark is kept", async () => {
    const url = await freshDatabase();
    const a = await instance({ DATA_DIR: freshDataDir(), DATABASE_URL: url });
    const b = await instance({ DATA_DIR: freshDataDir(), DATABASE_URL: url });
    const read = async () =>
      (
        await query<{ record: { id: string; caseRef: string; done: Record<string, unknown> } }>(
          url,
          "SELECT record FROM reviews ORDER BY number",
        )
      ).map((r) => r.record);
    const figures = await runBursts([a, b], slack, read, "CR-P");
    console.log(
      `burst figures ${JSON.stringify({ store: "postgresql", instances: 2, ...figures })}`,
    );
    expect(figures).toEqual({
      startsTold: 40,
      startsKept: 40,
      distinctIdsTold: 40,
      doneTold: 60,
      doneKept: 60,
    });
  }, 120_000);
});
