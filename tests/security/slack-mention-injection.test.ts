import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockButtons, PANEL, SlackTestClient } from "../channels/slack/slack-test-client.js";

/** What someone might type to make the app ping a channel, a person, or show a disguised link. */
const PAYLOADS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<@U123>",
  "<#C1|x>",
  "<https://evil.test|click>",
  "<!subteam^S123|@panel>",
  "<mailto:evil@evil.test|mail>",
  "[click](https://evil.test)",
];
const ALL = PAYLOADS.join(" ");
/** Slack reads `<...>` in mrkdwn as a mention or link; the only ones we may send are these. */
// Also the phone and email links the renderer makes: a number, or an address with no < > |.
const TRUSTED =
  /^<(@UPANEL1|@UPANEL2|#C123|https:\/\/(?!evil)[^\s|<>]+(\|[^<>]+)?|tel:\d+\|[\w\u00a0 ]+|mailto:([\w.+-]+@[\w.-]+)\|\3)>$/;

/** Every mrkdwn string in a Slack body: top-level text and each mrkdwn text object, recursively. */
function mrkdwnStrings(body: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, parentType?: string) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const type = typeof o.type === "string" ? o.type : parentType;
      for (const [k, x] of Object.entries(o)) {
        // plain_text is shown literally by Slack: it can hold "<" safely.
        if (k === "text" && typeof x === "string" && type !== "plain_text") out.push(x);
        else walk(x, type);
      }
    }
  };
  walk(body);
  return out;
}

/** Every `<...>` in a mrkdwn string that is not one we may send. */
function untrusted(text: string): string[] {
  return (text.match(/<[^>]*>?/g) ?? []).filter((token) => !TRUSTED.test(token));
}

describe("No mention injection: typed <!channel>, <@U123>, links... arrive escaped in every Slack body", () => {
  let slack: SlackTestClient;
  const acks: unknown[] = [];
  beforeAll(async () => {
    slack = await SlackTestClient.start({ now: () => new Date("2026-12-18T10:00:00Z") });
  });
  afterAll(async () => {
    await slack.stop();
  });

  /** Where answers are still to come after an empty ack (a change to the register, a press). */
  const deferred: string[] = [];

  async function command(name: string, text: string) {
    const res = await slack.command(name, text);
    expect(res.status, `${name} ${text}`).toBe(200);
    if (res.ack) acks.push(res.ack);
    else deferred.push(res.responseUrl);
    return res;
  }

  async function dm(text: string) {
    const before = slack.callsTo("chat.postMessage").length;
    expect(
      await slack.event({
        type: "message",
        channel: "DUSER1",
        channel_type: "im",
        user: "UPANEL1",
        text,
        ts: `${Date.now() / 1000}`,
      }),
    ).toBe(200);
    await slack.until(() => slack.callsTo("chat.postMessage").length > before);
    return slack.posted("DUSER1").at(-1);
  }

  it("the check itself catches raw mentions and disguised links, and lets our own through", () => {
    const body = {
      text: "hi <!channel>",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "<!here> shown literally" } },
        {
          type: "section",
          text: { type: "mrkdwn", text: "<#C123> <@UPANEL1> <https://evil.test|x>" },
        },
        {
          type: "context",
          elements: [{ type: "mrkdwn", text: "<https://www.mkscp.org.uk|MKSCP>" }],
        },
      ],
    };
    expect(mrkdwnStrings(body).flatMap(untrusted)).toEqual(["<!channel>", "<https://evil.test|x>"]);
  });

  it("sends nothing unescaped through any path that echoes what people type", async () => {
    // Questions.
    await command("/ask", ALL);
    await command("/ask", `what is a MARF ${PAYLOADS[0]}`);
    // Direct messages, and typed answers in the Levels of Need check.
    await dm(ALL);
    const levels = await dm("levels");
    for (const p of PAYLOADS) await dm(p);
    await dm(`1, ${PAYLOADS[0]}`);
    // Button presses with hostile values (a check answer, a stale token, a mangled value).
    // Each press is acked empty: answered in the DM there, elsewhere through its response_url.
    const buttons = blockButtons(levels?.blocks);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      const value = JSON.parse(b.value) as Record<string, string>;
      const forged = { ...value, t: ALL, value: ALL, picked: ALL };
      const before = slack.posted("DUSER1").length;
      await slack.press(
        { action_id: b.action_id, value: JSON.stringify(forged) },
        { channel: "DUSER1" },
      );
      await slack.until(() => slack.posted("DUSER1").length > before);
    }
    const pressed = async (...args: Parameters<typeof slack.press>) =>
      deferred.push((await slack.press(...args)).responseUrl);
    await pressed({ action_id: "btn:0:0", value: ALL }, { channel: "CWORK" });
    await pressed(
      { action_id: "btn:0:0", value: JSON.stringify({ action: "levels:answer", value: ALL }) },
      {
        channel: "CWORK",
        state: {
          b1: {
            "choice:q": {
              type: "checkboxes",
              selected_options: PAYLOADS.map((p) => ({ value: p })),
            },
          },
        },
      },
    );
    await pressed(
      { action_id: "rr-done:0", value: JSON.stringify({ id: ALL, milestone: ALL }) },
      { channel: PANEL },
    );
    // Rapid reviews: unknown subcommands, case references, dates, kinds, ids, steps.
    for (const p of PAYLOADS) {
      await command("/rapidreview", p);
      await command("/rapidreview", `show ${p}`);
      await command("/rapidreview", `start ${p} today child`);
      await command("/rapidreview", `start CR-${p}-1 today child`);
      await command("/rapidreview", `start CR-2026-1 ${p} child`);
      await command("/rapidreview", `start CR-2026-2 today ${p}`);
      await command("/rapidreview", `done RR-0001 ${p}`);
      await command("/rapidreview", `done ${p} notify-panel`);
      await command("/rapidreview", `publication ${p} 2027-01-01`);
      await command("/rapidreview", `close ${p}`);
    }
    // A real review, then hostile steps and dates against it.
    await command("/rapidreview", "start CR-2026-9 today child");
    for (const p of PAYLOADS) {
      await command("/rapidreview", `done RR-0001 ${p}`);
      await command("/rapidreview", `publication RR-0001 ${p}`);
    }
    await command("/levels", ALL);
    await slack.event({ type: "app_home_opened", user: "UPANEL1", tab: "home", channel: "DUSER1" });
    await slack.until(() => slack.callsTo("views.publish").length > 0);
    // Settled: every command acked empty and every press has had its answer.
    for (const url of deferred) expect(await slack.responseTo(url), url).not.toEqual([]);

    const bodies: { where: string; body: unknown }[] = [
      ...acks.map((body) => ({ where: "ack", body })),
      ...slack.responses.map((r) => ({ where: `response_url ${r.path}`, body: r.body })),
      ...slack.calls.map((c) => ({
        where: `Web API ${c.method}`,
        body: Object.fromEntries(
          Object.entries(c.params).map(([k, v]) => [
            k,
            ["blocks", "view", "attachments"].includes(k) ? (JSON.parse(v) as unknown) : v,
          ]),
        ),
      })),
    ];
    expect(bodies.length).toBeGreaterThan(60);
    let echoed = 0;
    let checked = 0;
    for (const { where, body } of bodies) {
      for (const text of mrkdwnStrings(body)) {
        checked++;
        expect(untrusted(text), `${where}: ${text.slice(0, 200)}`).toEqual([]);
        if (/&lt;(!channel|!here|@U123|#C1\|x|https:\/\/evil)/.test(text)) echoed++;
      }
    }
    expect(checked).toBeGreaterThan(200);
    // The payloads really were echoed (escaped) somewhere, so the check above had work to do.
    expect(echoed).toBeGreaterThan(10);
  });
});
