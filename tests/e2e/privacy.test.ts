import { readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Writable } from "node:stream";
import nock from "nock";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { CHOICE_ACTION_PREFIX } from "../../src/channels/slack/render-blocks.js";
import { REGISTER_FILE_NAME, ReviewRegister } from "../../src/store/review-register.js";
import { signSlackRequest } from "../channels/slack/sign-slack-request.js";
import {
  type Block,
  blockButtons,
  blocksText,
  SlackTestClient,
} from "../channels/slack/slack-test-client.js";
import {
  cardText,
  choiceValues,
  lastCard,
  SERVICE_URL,
  type SentActivity,
  submitOf,
  tempDataDir,
} from "../support/bot-framework-client.js";
import { httpRequest } from "../support/http-request.js";
import { MainProcess } from "../support/main-process.js";
import { SlackStandIn } from "../support/slack-stand-in.js";
import { until } from "../support/until.js";

/**
 * Privacy, end to end: practitioners will type children's names however often they are asked
 * not to. Made-up names go in everywhere a person can put text (typed messages, typed answers
 * mid-check, fields added to card submits, Slack checkbox values and button values, /ask and
 * /rapidreview arguments, direct messages), and afterwards no file in the data folder and no
 * line of the logs may hold any part of them. With LOG_MESSAGE_TEXT=true the operator has asked
 * for message text in the logs, and the names do appear: that shows the scan can fail.
 */

const KAYDEN = "Kayden Smithers-Olawale";
const AURELIA = "Aurelia Quint";
/** Each part on its own: a log that kept "Smithers" alone would still identify a child. */
const NAME_PARTS = ["Kayden", "Smithers", "Olawale", "Aurelia", "Quint"];

function findNames(text: string): string[] {
  // Form bodies and URLs write spaces as + or %20; parts are matched one by one, any case.
  return NAME_PARTS.filter((p) => text.toLowerCase().includes(p.toLowerCase()));
}

/** Every file under a folder (hidden temp files too), with its text. */
function filesUnder(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...filesUnder(file));
    else out.push({ file, text: readFileSync(file, "latin1") });
  }
  return out;
}

function captureLog(level = "info") {
  const lines: string[] = [];
  const log = pino(
    { level },
    new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    }),
  );
  return { log, lines };
}

/** Teams, on the same server as Slack: activities POSTed, replies caught at SERVICE_URL. */
class Teams {
  private n = 0;
  readonly sent: SentActivity[] = [];
  constructor(private readonly url: string) {
    nock(SERVICE_URL)
      .persist()
      .post(/\/v3\/conversations\/.*\/activities.*/)
      .reply(200, async (req: unknown) => {
        this.sent.push((await (req as Request).json()) as SentActivity);
        return { id: `reply-${this.sent.length}` };
      });
  }
  async post(extra: Record<string, unknown>): Promise<SentActivity[]> {
    this.n++;
    const before = this.sent.length;
    const res = await httpRequest(`${this.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        channelId: "msteams",
        serviceUrl: SERVICE_URL,
        id: `act-${this.n}`,
        from: { id: "user-1", name: "Practitioner" },
        recipient: { id: "bot-1", name: "MK Safeguarding" },
        conversation: { id: "conv-privacy" },
        ...extra,
      }),
    });
    expect(res.status, res.body).toBeLessThan(300);
    return this.sent.slice(before);
  }
  say(text: string) {
    return this.post({ type: "message", text });
  }
  press(value: Record<string, unknown>) {
    return this.post({ type: "message", value });
  }
}

/** Conversations and questions full of names, through Teams and Slack on one running server. */
async function talkAboutChildren(slack: SlackTestClient) {
  const teams = new Teams(slack.running.url);

  // Teams: free text, a question, the MASH, and a whole Levels of Need check with names typed in
  // answers and added to every card submit.
  await teams.say(`${KAYDEN} (7) has a bruise on his arm, what should I do?`);
  await teams.say(`ask can ${AURELIA} stay with her aunt tonight?`);
  await teams.say(`mash for ${AURELIA}`);
  let replies = await teams.press({ action: "levels", childName: KAYDEN });
  expect(cardText(replies[0] as SentActivity)).toMatch(/immediate danger/);
  replies = await teams.say(`${KAYDEN} is not in danger right now`);
  replies = await teams.press(submitOf(lastCard(replies), "No", { note: AURELIA }));
  replies = await teams.press(submitOf(lastCard(replies), "12 to 17", { who: KAYDEN }));
  let card = lastCard(replies);
  // A stale or mangled selection with a name in it, then a real one.
  replies = await teams.press(submitOf(card, "Next", { picked: `${KAYDEN},${AURELIA}` }));
  replies = await teams.press(
    submitOf(card, "Next", {
      picked: choiceValues(card, ["Has gone missing", "Early signs of exploitation"]),
      comment: `${AURELIA} told her teacher`,
    }),
  );
  // Free text mid-check is not an answer: other skills may take it, and the card stays live.
  await teams.say(`none for ${AURELIA}`);
  replies = await teams.press(submitOf(lastCard(replies), "Next", { who: AURELIA }));
  card = lastCard(replies);
  replies = await teams.press(
    submitOf(card, "Next", { picked: choiceValues(card, ["Family relationships"]), who: KAYDEN }),
  );
  card = lastCard(replies);
  replies = await teams.press(
    submitOf(card, "Next", { picked: choiceValues(card, ["There are other children"]) }),
  );
  card = lastCard(replies);
  replies = await teams.press(
    submitOf(card, "Next", {
      picked: choiceValues(card, ["Extra help is in place, and it is making"]),
      name: AURELIA,
    }),
  );
  expect(cardText(replies[0] as SentActivity)).toMatch(/Suggested level: 3/);
  replies = await teams.press(submitOf(lastCard(replies), "Summary for the MARF", { c: KAYDEN }));
  expect(cardText(replies[0] as SentActivity)).toMatch(/Level 3, Complex needs/);
  // An Action.Execute invoke with a name in its data, and a press on a button that never was.
  await teams.post({
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb: "levels", data: { child: AURELIA } } },
  });
  await teams.press({ action: `open-file-${KAYDEN}`, child: KAYDEN });

  // Slack: /ask, /rapidreview with names where a case reference should be, /levels with names
  // in checkbox and button values, and direct messages.
  await slack.command("/ask", `what happens after I refer ${KAYDEN}?`);
  const startByName = await slack.command("/rapidreview", `start ${AURELIA} 18/12/2026 child`);
  const [refused] = await slack.responseTo(startByName.responseUrl);
  expect(blocksText(refused?.blocks as Block[])).toMatch(/name/i);
  await slack.command("/rapidreview", `start Kayden-Smithers-Olawale-7 18/12/2026 child`);
  await slack.command("/rapidreview", `show ${KAYDEN}`);
  await slack.command("/rapidreview", `${AURELIA}`);
  const started = await slack.command("/rapidreview", "start CR-2026-014 18/12/2026 child");
  await slack.responseTo(started.responseUrl);
  await slack.command("/rapidreview", `done RR-0001 ${KAYDEN}`);
  await slack.command("/rapidreview", `publication RR-0001 ${AURELIA}`);
  await slack.command("/rapidreview", `close ${AURELIA}`);

  const levels = await slack.command("/levels", "");
  let blocks = (levels.ack?.blocks ?? []) as Block[];
  const press = async (label: string, extra: Record<string, string> = {}, state = {}) => {
    const button = blockButtons(blocks).find((b) => b.text === label);
    if (!button) throw new Error(`no "${label}" in ${blockButtons(blocks).map((b) => b.text)}`);
    const value = JSON.stringify({ ...JSON.parse(button.value), ...extra });
    const { responseUrl } = await slack.press(
      { action_id: button.action_id, value },
      { channel: "CWORK", message: { blocks }, state },
    );
    const [answer] = await slack.responseTo(responseUrl);
    blocks = (answer?.blocks ?? []) as Block[];
    return answer;
  };
  await press("No", { child: KAYDEN });
  await press("12 to 17", { note: AURELIA });
  // Checkbox values are chosen by Slack's client from the message, but a crafted payload can
  // carry anything: names in place of statement ids.
  await press(
    "Next",
    {},
    {
      b1: {
        [`${CHOICE_ACTION_PREFIX}picked`]: {
          type: "checkboxes",
          selected_options: [{ value: KAYDEN }, { value: AURELIA }],
        },
      },
    },
  );
  await slack.event({
    type: "message",
    channel_type: "im",
    channel: "DPRIV1",
    user: "UPANEL1",
    text: `${AURELIA} and ${KAYDEN} are siblings, is that Level 3?`,
    ts: "1700000000.000100",
  });
  await slack.event({
    type: "message",
    channel_type: "im",
    channel: "DPRIV1",
    user: "UPANEL1",
    text: "levels",
    ts: "1700000000.000200",
  });
  await slack.event({
    type: "message",
    channel_type: "im",
    channel: "DPRIV1",
    user: "UPANEL1",
    text: `no, ${KAYDEN} is safe`,
    ts: "1700000000.000300",
  });
  // A mangled button value, and a body that is not even a valid payload.
  await slack.press({ action_id: "btn:0", value: `{"action":"levels","x":"${AURELIA}` });
  const broken = new URLSearchParams({ payload: `{"type":"block_actions","t":"${KAYDEN}` });
  await slack.post(broken.toString(), "application/x-www-form-urlencoded");
  // And Teams bodies that are not activities.
  await httpRequest(`${slack.running.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: `{"type": 5, "text": "${KAYDEN}"}`,
  });
  await httpRequest(`${slack.running.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: `${AURELIA} is not JSON`,
  });
  // Slack answers in the background after acking: let those finish before anything is read.
  // Slack answers in the background after acking: four posts in all (the panel's notice of the
  // review started above, and one answer to each of the three direct messages). Once the
  // fourth is there, every request above has been answered, so everything is logged.
  await slack.until(() => slack.callsTo("chat.postMessage").length >= 4);
  return teams;
}

describe("privacy: no child's name is kept or logged", () => {
  let slack: SlackTestClient | undefined;
  afterEach(async () => {
    await slack?.stop();
    slack = undefined;
    nock.cleanAll();
  });

  // info is what runs in production; trace shows nothing leaks from the debug lines either.
  it.each(["info", "trace"])(
    "with the defaults (RECORD_QUESTION_TEXT and LOG_MESSAGE_TEXT unset), logging at %s: no name in any data file or log line",
    async (level) => {
      const dataDir = tempDataDir();
      const { log, lines } = captureLog(level);
      slack = await SlackTestClient.start({
        dataDir,
        log,
        now: () => new Date("2026-12-18T10:00:00Z"),
        env: { LOG_LEVEL: level },
      });
      const teams = await talkAboutChildren(slack);

      // The conversation really happened: the assistant answered, and reviewed, and logged.
      expect(teams.sent.length).toBeGreaterThan(10);
      expect(lines.filter((l) => l.includes('"event":"turn"')).length).toBeGreaterThan(15);
      const register = await ReviewRegister.open(dataDir);
      expect((await register.list()).map((r) => r.caseRef)).toEqual(["CR-2026-014"]);

      const files = filesUnder(dataDir);
      expect(files.map((f) => path.basename(f.file))).toContain(REGISTER_FILE_NAME);
      for (const { file, text } of files) expect(findNames(text), file).toEqual([]);
      for (const line of lines) expect(findNames(line), line).toEqual([]);
    },
  );

  it("LOG_MESSAGE_TEXT=true does put message text in the logs (so the scan above can fail), and still nothing in the data folder", async () => {
    const dataDir = tempDataDir();
    const { log, lines } = captureLog("info");
    slack = await SlackTestClient.start({
      dataDir,
      log,
      now: () => new Date("2026-12-18T10:00:00Z"),
      env: { LOG_LEVEL: "info", LOG_MESSAGE_TEXT: "true" },
    });
    await talkAboutChildren(slack);
    const leaked = lines.filter((l) => findNames(l).length > 0);
    expect(leaked.length).toBeGreaterThan(0);
    expect(leaked.every((l) => l.includes('"messageText"'))).toBe(true);
    expect(leaked.join("\n")).toContain(KAYDEN);
    for (const { file, text } of filesUnder(dataDir)) expect(findNames(text), file).toEqual([]);
  });
});

describe("privacy through the real entry point (src/main.ts, stdout and stderr captured)", () => {
  it("names sent over Teams and signed Slack requests appear in no output and no data file", async () => {
    const slackApi = await SlackStandIn.start();
    const answered: string[] = [];
    const connector = http.createServer((req, res) => {
      answered.push(req.url ?? "");
      req.resume();
      req.on("end", () =>
        res.writeHead(200, { "content-type": "application/json" }).end('{"id":"r1"}'),
      );
    });
    await new Promise<void>((resolve) => connector.listen(0, "127.0.0.1", resolve));
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}`;
    const dataDir = tempDataDir();
    const secret = "test-signing-secret-0123456789";
    const child = MainProcess.start({
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_SIGNING_SECRET: secret,
      SLACK_PANEL_CHANNEL: "C0PANEL1",
      SLACK_API_URL: slackApi.apiUrl,
    });
    try {
      const url = await child.listening();
      let n = 0;
      const teams = async (extra: Record<string, unknown>) => {
        n++;
        const res = await httpRequest(`${url}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            channelId: "msteams",
            serviceUrl,
            id: `a${n}`,
            conversation: { id: "c-privacy" },
            from: { id: "u1" },
            recipient: { id: "b1" },
            ...extra,
          }),
        });
        expect(res.status).toBeLessThan(300);
      };
      await teams({ type: "message", text: `${KAYDEN} is 7, what level is that?` });
      await teams({ type: "message", text: "levels" });
      await teams({ type: "message", text: `No, ${AURELIA} is safe at home` });
      await teams({ type: "message", text: "no" });
      await teams({ type: "message", value: { action: "levels-answer", picked: KAYDEN } });
      const slack = async (body: string) => {
        return httpRequest(`${url}/slack/events`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            ...signSlackRequest(body, secret),
          },
          body,
        });
      };
      const command = (name: string, text: string) =>
        slack(
          new URLSearchParams({
            command: name,
            text,
            user_id: "UPANEL1",
            channel_id: "CWORK",
            team_id: "T1",
            response_url: `${serviceUrl}/response`,
            // Each command its own, as Slack gives them: a repeated one is a replay, not run.
            trigger_id: `t${++n}`,
          }).toString(),
        );
      expect((await command("/ask", `who do I call about ${KAYDEN}?`)).status).toBe(200);
      expect((await command("/rapidreview", `start ${AURELIA} 18/12/2026 child`)).status).toBe(200);
      expect((await command("/rapidreview", `show ${KAYDEN}`)).status).toBe(200);
      // The start by a name is the last to finish: the panel is checked, then the refusal goes
      // to the response URL. Once it has arrived, every command has been answered and logged.
      await until(() => answered.includes("/response"), 15_000, "the start's refusal");
    } finally {
      child.child.kill("SIGTERM");
      await child.exit;
      connector.close();
      await slackApi.close();
    }
    const out = child.output();
    expect(out).toMatch(/"event":"turn"/);
    expect(findNames(out)).toEqual([]);
    for (const { file, text } of filesUnder(dataDir)) expect(findNames(text), file).toEqual([]);
  }, 30_000);
});
