import { afterEach, describe, expect, it } from "vitest";
import { startAssistant } from "../../src/app.js";
import { freshDatabase } from "../store/support/postgres.js";
import { BotFrameworkClient, cardText, tempDataDir } from "../support/bot-framework-client.js";

/**
 * Two instances behind a load balancer on one PostgreSQL database: a Levels of Need check begun
 * on one carries on, at the same question, on whichever instance takes the next turn.
 */
describe("a conversation across two instances on PostgreSQL, through /api/messages", () => {
  let client: BotFrameworkClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it("carries a Levels of Need check on from one instance to the other", async () => {
    const databaseUrl = await freshDatabase();
    client = await BotFrameworkClient.start({ DATABASE_URL: databaseUrl });
    await client.say("levels of need");
    await client.say("no");

    client.useInstance(
      await startAssistant({
        env: { PORT: "0", DATA_DIR: tempDataDir(), LOG_LEVEL: "silent", DATABASE_URL: databaseUrl },
      }),
    );
    // The age band is the answer to the question the first instance asked.
    const onSecond = await client.say("5 to 11");
    expect(cardText(onSecond.at(-1)!)).toMatch(/The child's development/);
    const next = await client.say("3");
    expect(cardText(next[0]!)).toMatch(/Parenting capacity/);
  });
});
