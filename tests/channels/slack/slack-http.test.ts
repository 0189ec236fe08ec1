import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type Block,
  blockButtons,
  blocksText,
  SlackTestClient,
  sign,
} from "./slack-test-client.js";

describe("Slack over HTTP at /slack/events", () => {
  let slack: SlackTestClient;
  beforeEach(async () => {
    slack = await SlackTestClient.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  it("answers Slack's URL check, and only when signed", async () => {
    const body = JSON.stringify({ type: "url_verification", challenge: "abc123", token: "x" });
    const ok = await slack.post(body, "application/json");
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ challenge: "abc123" });
  });

  it("rejects forged signatures, the wrong secret and old timestamps, and runs nothing", async () => {
    const body = new URLSearchParams({
      command: "/mash",
      text: "",
      user_id: "U1",
      channel_id: "C1",
      team_id: "T1",
      response_url: "https://hooks.slack.test/x",
    }).toString();
    const form = "application/x-www-form-urlencoded";
    const forged = await slack.post(body, form, {
      "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
      "x-slack-signature": "v0=deadbeef",
    });
    const wrongSecret = await slack.post(body, form, sign(body, "not-the-secret"));
    const old = await slack.post(
      body,
      form,
      sign(body, undefined, Math.floor(Date.now() / 1000) - 6 * 60),
    );
    const unsigned = await slack.post(body, form, {});
    // A body changed after signing (e.g. text swapped for a mention) no longer matches.
    const tampered = await slack.post(
      body.replace("text=", "text=%3C%21channel%3E"),
      form,
      sign(body),
    );
    for (const res of [forged, wrongSecret, old, unsigned, tampered]) {
      expect(res.status).toBe(401);
      expect(res.body).not.toContain("MASH");
    }
    // And a correctly signed one does run, answered in its ack, with no call to Slack: once it
    // has been answered, anything the refused ones had started would have shown itself.
    const good = await slack.post(body, form);
    expect(good.status).toBe(200);
    expect(good.body).toContain("01908 253169");
    expect(slack.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
    expect(slack.responses).toEqual([]);
  });

  it("/mash posts the MASH card in the channel, from the same data as Teams", async () => {
    const { status, ack } = await slack.command("/mash", "");
    expect(status).toBe(200);
    expect(ack?.response_type).toBe("in_channel");
    const blocks = ack?.blocks as Block[];
    const text = blocksText(blocks);
    for (const expected of [
      "01908 253169",
      "01908 253170",
      "children@milton-keynes.gov.uk",
      "01908 265545",
      "999",
      "MARF",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Monday to Thursday/);
    expect(String(ack?.text)).toContain("01908 253169");
    expect(blocks[0]?.type).toBe("header");
    expect(blockButtons(blocks).map((b) => b.text)).toEqual(["Check levels of need", "Help"]);
  });

  it("/ask with no question says how to ask, and never echoes mentions as mentions", async () => {
    const empty = await slack.command("/ask", "");
    expect(blocksText(empty.ack?.blocks as Block[])).toMatch(/\/ask how do I refer/);

    const hostile = await slack.command(
      "/ask",
      "<!channel> <!here> <@U123> what is a MARF & who? <https://evil.test|click>",
    );
    expect(hostile.ack?.response_type).toBe("ephemeral");
    const all = JSON.stringify(hostile.ack);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/evil/);
  });

  it("a reply button pressed in a channel is answered to the presser only, through the assistant", async () => {
    const mash = await slack.command("/mash", "");
    const help = blockButtons(mash.ack?.blocks as Block[]).find((b) => b.text === "Help");
    expect(help).toBeDefined();
    const { status, responseUrl } = await slack.press(help!, { channel: "CWORK", user: "UOTHER" });
    expect(status).toBe(200);
    const [answer] = await slack.responseTo(responseUrl);
    expect(answer?.response_type).toBe("ephemeral");
    expect(answer?.replace_original).toBe(false);
    expect(blocksText(answer?.blocks as Block[])).toMatch(/What I can do/);
    // Pressing MASH contacts in that help card answers with the card again.
    const mashButton = blockButtons(answer?.blocks as Block[]).find(
      (b) => b.text === "MASH contacts",
    );
    const again = await slack.press(mashButton!, { channel: "CWORK", user: "UOTHER" });
    const [card] = await slack.responseTo(again.responseUrl);
    expect(blocksText(card?.blocks as Block[])).toContain("01908 265545");
  });

  it("a vote on an answer takes its Yes and No off that message, so it cannot be pressed again", async () => {
    const asked = await slack.command("/ask", "when did the mash start");
    const blocks = asked.ack?.blocks as Block[];
    const yes = blockButtons(blocks).find((b) => b.text === "Yes");
    expect(yes).toBeDefined();
    const { responseUrl } = await slack.press(yes!, {
      channel: "CWORK",
      user: "UOTHER",
      message: { blocks },
    });
    const sent = await slack.responseTo(responseUrl, 2);
    const replaced = sent.find((m) => m.replace_original === true);
    expect(replaced).toBeDefined();
    const buttons = blockButtons(replaced?.blocks as Block[]).map((b) => b.text);
    expect(buttons).not.toContain("Yes");
    expect(buttons).not.toContain("No");
    expect(blocksText(replaced?.blocks as Block[])).toMatch(/glad that helped/);
  });

  it("an unknown or mangled button is answered kindly as an old message", async () => {
    const { responseUrl } = await slack.press(
      { action_id: "btn:0:0", value: "{not json" },
      { channel: "CWORK" },
    );
    const [answer] = await slack.responseTo(responseUrl);
    expect(blocksText(answer?.blocks as Block[])).toMatch(/old message|recognise/i);
  });

  it("App Home shows the menu buttons, and a press there answers in the person's DM", async () => {
    expect(
      await slack.event({
        type: "app_home_opened",
        user: "UPANEL1",
        channel: "DHOME1",
        tab: "home",
        event_ts: "1",
      }),
    ).toBe(200);
    const publish = await slack.until(() => slack.callsTo("views.publish")[0]);
    expect(publish.params.user_id).toBe("UPANEL1");
    const view = JSON.parse(publish.params.view ?? "{}") as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    const buttons = blockButtons(view.blocks);
    expect(buttons.map((b) => b.text)).toEqual(
      expect.arrayContaining(["MASH contacts", "Check levels of need"]),
    );
    expect(blocksText(view.blocks)).toMatch(/no open rapid reviews/i);

    const mash = buttons.find((b) => b.text === "MASH contacts")!;
    await slack.press(mash, { view: true });
    const posted = await slack.until(() => slack.posted("DHOME1")[0]);
    expect(blocksText(posted.blocks)).toContain("01908 253169");
    expect(slack.callsTo("conversations.open")[0]?.params.users).toBe("UPANEL1");
  });

  it("a direct message to the app goes through the assistant and is answered in the DM", async () => {
    await slack.event({
      type: "message",
      channel: "DME",
      channel_type: "im",
      user: "UPANEL2",
      text: "mash",
      ts: "2.2",
    });
    const posted = await slack.until(() => slack.posted("DME")[0]);
    expect(blocksText(posted.blocks)).toContain("01908 253169");
    // Its own messages and other bots' are ignored.
    await slack.event({
      type: "message",
      channel: "DME",
      channel_type: "im",
      bot_id: "B9",
      text: "mash",
      ts: "2.3",
    });
    // Settled: a person's message sent after the bot's is answered, and the bot's was not.
    await slack.event({
      type: "message",
      channel: "DME",
      channel_type: "im",
      user: "UPANEL2",
      text: "help",
      ts: "2.4",
    });
    await slack.until(() => slack.posted("DME")[1]);
    const answered = slack.posted("DME").map((p) => blocksText(p.blocks));
    expect(answered).toHaveLength(2);
    expect(answered[1]).toMatch(/What I can do/);
  });

  it("sends the bot token as a Bearer header, form-encoded", async () => {
    await slack.event({
      type: "app_home_opened",
      user: "UPANEL1",
      channel: "DHOME1",
      tab: "home",
      event_ts: "1",
    });
    const publish = await slack.until(() => slack.callsTo("views.publish")[0]);
    expect(publish.authorization).toBe("Bearer xoxb-test");
    // The bot's identity is asked for once, not on every event.
    await slack.command("/mash", "");
    await slack.event({
      type: "message",
      channel: "DME",
      channel_type: "im",
      user: "UPANEL2",
      text: "help",
      ts: "2.2",
    });
    await slack.until(() => slack.posted("DME")[0]);
    expect(slack.callsTo("auth.test")).toHaveLength(1);
  });
});
